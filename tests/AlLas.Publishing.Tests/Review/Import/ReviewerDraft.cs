using AlLas.Publishing.Review;
using AlLas.Publishing.Review.Import;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>
/// What the review reader would give for a release a reviewer worked on, built from the release's
/// own paragraphs: comments on phrases, tracked insertions, deletions and splits, and edits made with
/// Track Changes off. Offsets follow DocxLocation: into each paragraph's text as it read before the
/// reviewer's revisions.
/// </summary>
public sealed class ReviewerDraft
{
    public const string Body = BlockText.Parts.Body;

    private readonly List<(string Part, string Text)> paragraphs;
    private readonly List<ReviewComment> comments = [];
    private readonly List<ReviewRevision> revisions = [];

    public ReviewerDraft(IEnumerable<TextTarget> release, params (string Part, string Text)[] more)
    {
        paragraphs = release.Select(t => (t.Part, t.Text)).Concat(more).ToList();
    }

    public string Reviewer { get; set; } = "Revisora Uno";

    public ReviewerDraft Comment(string phrase, string text, string? inParagraphWith = null)
    {
        var location = At(phrase, inParagraphWith);
        comments.Add(new ReviewComment((comments.Count + 1).ToString(), null, Reviewer, "RU", null, false, text, phrase, location));
        return this;
    }

    public ReviewerDraft CommentAcross(string from, string to, string text)
    {
        var start = At(from);
        var end = At(to);
        var quote = "…";
        comments.Add(new ReviewComment((comments.Count + 1).ToString(), null, Reviewer, "RU", null, false, text, quote,
            start with { EndParagraph = end.EndParagraph, End = end.End }));
        return this;
    }

    /// <summary>A tracked insertion right after <paramref name="after"/>: an empty range of the original text.</summary>
    public ReviewerDraft Insert(string after, string text)
    {
        var at = At(after);
        revisions.Add(new ReviewRevision(RevisionKind.Insert, Reviewer, null, text, at with { Start = at.End, EndParagraph = at.EndParagraph }));
        return this;
    }

    public ReviewerDraft Delete(string phrase, string? inParagraphWith = null)
    {
        revisions.Add(new ReviewRevision(RevisionKind.Delete, Reviewer, null, phrase, At(phrase, inParagraphWith)));
        return this;
    }

    /// <summary>A paragraph split with Track Changes on: two w:p, the first ending in an inserted mark.</summary>
    public ReviewerDraft Split(string after)
    {
        var at = At(after);
        var (part, text) = paragraphs[Index(at)];
        paragraphs[Index(at)] = (part, text[..at.End]);
        paragraphs.Insert(Index(at) + 1, (part, text[at.End..]));
        var first = paragraphs[Index(at)].Text;
        revisions.Add(new ReviewRevision(RevisionKind.ParagraphInsert, Reviewer, null, "",
            new DocxLocation(part, at.Paragraph, first.Length, at.Paragraph, first.Length, first)));
        return this;
    }

    /// <summary>A paragraph split with Track Changes off: two w:p and no revision mark, the space before the break kept in the first.</summary>
    public ReviewerDraft UntrackedSplit(string after, string? inParagraphWith = null)
    {
        var at = At(after, inParagraphWith);
        var (part, text) = paragraphs[Index(at)];
        paragraphs[Index(at)] = (part, text[..at.End]);
        paragraphs.Insert(Index(at) + 1, (part, text[at.End..]));
        return this;
    }

    /// <summary>The paragraph holding <paramref name="inFirst"/> and the next one of its part joined with Track Changes off (the reviewer typed a space between them).</summary>
    public ReviewerDraft UntrackedJoin(string inFirst)
    {
        var at = At(inFirst);
        var i = Index(at);
        var j = paragraphs.FindIndex(i + 1, p => p.Part == at.Part);
        Assert.True(j > i, $"no paragraph follows «{inFirst}»");
        paragraphs[i] = (at.Part, paragraphs[i].Text + " " + paragraphs[j].Text);
        paragraphs.RemoveAt(j);
        return this;
    }

    /// <summary>A paragraph typed with Track Changes off after the paragraph holding <paramref name="after"/>.</summary>
    public ReviewerDraft UntrackedNewParagraph(string after, string text)
    {
        var at = At(after);
        paragraphs.Insert(Index(at) + 1, (at.Part, text));
        return this;
    }

    /// <summary>The paragraph holding <paramref name="phrase"/> removed with Track Changes off.</summary>
    public ReviewerDraft UntrackedRemoveParagraph(string phrase)
    {
        paragraphs.RemoveAt(Index(At(phrase)));
        return this;
    }

    /// <summary>An edit made with Track Changes off: the text simply reads differently.</summary>
    public ReviewerDraft Untracked(string old, string @new)
    {
        var i = paragraphs.FindIndex(p => p.Text.Contains(old, StringComparison.Ordinal));
        Assert.True(i >= 0, $"no paragraph holds «{old}»");
        var (part, text) = paragraphs[i];
        var at = text.IndexOf(old, StringComparison.Ordinal);
        paragraphs[i] = (part, text[..at] + @new + text[(at + old.Length)..]);
        return this;
    }

    public DocxLocation At(string phrase, string? inParagraphWith = null)
    {
        var i = paragraphs.FindIndex(p => p.Text.Contains(phrase, StringComparison.Ordinal)
                                          && (inParagraphWith is null || p.Text.Contains(inParagraphWith, StringComparison.Ordinal)));
        Assert.True(i >= 0, $"no paragraph holds «{phrase}»");
        var (part, text) = paragraphs[i];
        var index = paragraphs.Take(i).Count(p => p.Part == part);
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        return new DocxLocation(part, index, start, index, start + phrase.Length, text);
    }

    private int Index(DocxLocation location)
    {
        var seen = -1;
        for (var i = 0; i < paragraphs.Count; i++)
            if (paragraphs[i].Part == location.Part && ++seen == location.Paragraph) return i;
        throw new InvalidOperationException("no such paragraph");
    }

    public ReviewExtract Build()
    {
        var numbered = new List<DocxParagraph>();
        foreach (var part in paragraphs.GroupBy(p => p.Part))
            numbered.AddRange(part.Select((p, i) => new DocxParagraph(part.Key, i, p.Text, p.Text)));
        return new ReviewExtract("revisado.docx", comments, revisions) { Paragraphs = numbered };
    }
}
