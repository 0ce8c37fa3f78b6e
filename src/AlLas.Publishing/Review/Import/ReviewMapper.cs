using AlLas.Publishing.Content;

namespace AlLas.Publishing.Review.Import;

/// <summary>An edit made with Track Changes off: the release read <see cref="Replaced"/> where the reviewer's file reads the revision's text.</summary>
public sealed record UntrackedEdit(ReviewRevision Revision, string Replaced, ItemMapping Mapping);

/// <summary>Every item of a returned draft with where it lands in the sources.</summary>
public sealed record ReviewMapping(
    IReadOnlyList<(ReviewComment Comment, ItemMapping Mapping)> Comments,
    IReadOnlyList<(ReviewRevision Revision, ItemMapping Mapping)> Revisions,
    IReadOnlyList<UntrackedEdit> Untracked);

/// <summary>
/// Maps a reviewer's comments and revisions to the sources of the release they reviewed. The
/// reviewer's paragraphs, as they read before the reviewer's revisions (a paragraph split with Track
/// Changes on is one paragraph again), are paired with the release's paragraphs; inside a pair,
/// characters are paired by a diff, and each character of the release knows its source. Text that no
/// paragraph accounts for (headers, footers, the cover's data) is looked up in the data files; what
/// still cannot be placed keeps the reason.
/// </summary>
public sealed class ReviewMapper
{
    public const string NoLocation = "el comentario no está anclado en ningún lugar del documento";
    public const string NoParagraph = "el párrafo no se corresponde con ningún párrafo de la versión publicada";
    public const string NoSource = "el texto no procede de las fuentes (campo, índice, encabezado o pie generado)";

    private const int ContextLength = 40;

    private readonly IReadOnlyList<SourceText> data;
    private readonly List<Logical> logical = [];
    private readonly Dictionary<(string Part, int Paragraph), (Logical Paragraph, int Offset)> where = [];

    private ReviewMapper(IReadOnlyList<SourceText> data) => this.data = data;

    /// <param name="extract">What the reviewer's file holds.</param>
    /// <param name="release">The release's paragraphs, each knowing its source.</param>
    /// <param name="data">Data files that text outside the chapters comes from (publication.yml, document.yml).</param>
    /// <param name="editor">Who made the edits without Track Changes (they carry no author).</param>
    public static ReviewMapping Map(ReviewExtract extract, IReadOnlyList<TextTarget> release, IReadOnlyList<SourceText> data, string editor)
    {
        var mapper = new ReviewMapper(data);
        mapper.Pair(extract, release);
        var comments = new List<(ReviewComment, ItemMapping)>();
        var byId = new Dictionary<string, ItemMapping>();
        foreach (var comment in extract.Comments)
        {
            var mapping = comment.Location is { } location ? mapper.Range(location, comment.Quote)
                : comment.Parent is { } parent && byId.TryGetValue(parent, out var parentMapping) ? parentMapping
                : ItemMapping.None(NoLocation);
            byId[comment.Id] = mapping;
            comments.Add((comment, mapping));
        }
        var revisions = extract.Revisions
            .Select(r => (r, r.Location is { } location ? mapper.Range(location, r.Text) : ItemMapping.None(NoLocation)))
            .ToList();
        return new ReviewMapping(comments, revisions, mapper.Untracked(editor).ToList());
    }

    /// <summary>A paragraph as it read before the reviewer's revisions: one w:p, or several that a tracked paragraph mark split.</summary>
    private sealed class Logical(string part)
    {
        public string Part { get; } = part;
        public System.Text.StringBuilder Builder { get; } = new();
        public List<(int Paragraph, int Offset)> Pieces { get; } = [];
        public string Text => Builder.ToString();
        public TextTarget? Target { get; set; }
        public int[] ToTarget { get; set; } = [];
    }

    private void Pair(ReviewExtract extract, IReadOnlyList<TextTarget> release)
    {
        var splits = extract.Revisions
            .Where(r => r.Kind == RevisionKind.ParagraphInsert && r.Location is not null)
            .Select(r => (r.Location!.Part, r.Location.Paragraph))
            .ToHashSet();
        Logical? current = null;
        foreach (var paragraph in extract.Paragraphs)
        {
            var continues = current is not null && current.Part == paragraph.Part
                && current.Pieces.Count > 0 && splits.Contains((paragraph.Part, current.Pieces[^1].Paragraph))
                && current.Pieces[^1].Paragraph == paragraph.Index - 1;
            if (!continues)
            {
                current = new Logical(paragraph.Part);
                logical.Add(current);
            }
            where[(paragraph.Part, paragraph.Index)] = (current!, current!.Builder.Length);
            current.Pieces.Add((paragraph.Index, current.Builder.Length));
            current.Builder.Append(paragraph.OriginalText);
        }

        foreach (var part in logical.GroupBy(l => l.Part))
        {
            var ours = part.ToList();
            var targets = release.Where(t => t.Part == part.Key).ToList();
            var texts = ours.Select(l => l.Text).ToList();
            var match = ParagraphAligner.Align(texts, targets.Select(t => t.Text).ToList());
            for (var i = 0; i < ours.Count; i++)
            {
                if (match[i] < 0) continue;
                ours[i].Target = targets[match[i]];
                ours[i].ToTarget = TextDiff.CharacterMap(ours[i].Text, targets[match[i]].Text);
            }
        }
    }

    private ItemMapping Range(DocxLocation location, string docxText)
    {
        if (!where.TryGetValue((location.Part, location.Paragraph), out var start))
            return Fallback(location, docxText);
        if (!where.TryGetValue((location.Part, location.EndParagraph), out var end)) end = start;
        var (first, s) = (start.Paragraph, start.Offset + location.Start);
        var (last, e) = (end.Paragraph, end.Offset + location.End);
        if (first.Target is null && last.Target is null) return Fallback(location, docxText);

        SourceChar? from = null, to = null;
        if (first == last)
        {
            from = FirstMapped(first, s, e);
            to = LastMapped(first, s, e);
        }
        else
        {
            from = FirstMapped(first, s, first.Text.Length) ?? FirstMapped(last, 0, e);
            to = LastMapped(last, 0, e) ?? LastMapped(first, s, first.Text.Length);
        }
        if (from is not { } a || to is not { } b)
            return Point(first.Target is not null ? first : last, first.Target is not null ? s : e) is { } point
                ? ItemMapping.To(point)
                : ItemMapping.None(NoParagraph);
        // A range that runs from one file into another is kept in the file it starts in.
        var endOffset = a.Source == b.Source ? Math.Max(a.Start, b.End) : a.End;
        return ItemMapping.To(Located(a.Source, a.Start, endOffset));
    }

    private static SourceChar? FirstMapped(Logical paragraph, int start, int end)
    {
        if (paragraph.Target is null) return null;
        for (var k = Math.Max(0, start); k < Math.Min(end, paragraph.ToTarget.Length); k++)
            if (paragraph.ToTarget[k] >= 0 && paragraph.Target.At(paragraph.ToTarget[k]) is { } c) return c;
        return null;
    }

    private static SourceChar? LastMapped(Logical paragraph, int start, int end)
    {
        if (paragraph.Target is null) return null;
        for (var k = Math.Min(end, paragraph.ToTarget.Length) - 1; k >= Math.Max(0, start); k--)
            if (paragraph.ToTarget[k] >= 0 && paragraph.Target.At(paragraph.ToTarget[k]) is { } c) return c;
        return null;
    }

    /// <summary>
    /// Where text inserted at offset k of a paragraph goes: right after the source of the character
    /// before it, else right before the source of the character after it. Inside text a template or
    /// a reference produced, that is the whole producing span, which no edit can go into.
    /// </summary>
    private SourceLocation? Point(Logical paragraph, int k)
    {
        if (paragraph.Target is null) return null;
        for (var d = 0; d <= paragraph.ToTarget.Length; d++)
        {
            var before = k - 1 - d;
            if (before >= 0 && before < paragraph.ToTarget.Length && paragraph.ToTarget[before] >= 0 && paragraph.Target.At(paragraph.ToTarget[before]) is { } c)
                return c.Verbatim ? Located(c.Source, c.End + 1, c.End) : Located(c.Source, c.Start, c.End);
            var after = k + d;
            if (after < paragraph.ToTarget.Length && paragraph.ToTarget[after] >= 0 && paragraph.Target.At(paragraph.ToTarget[after]) is { } n)
                return n.Verbatim ? Located(n.Source, n.Start, n.Start - 1) : Located(n.Source, n.Start, n.End);
            if (before < 0 && after >= paragraph.ToTarget.Length) break;
        }
        return null;
    }

    /// <summary>Source [start, end] (end inclusive; end = start - 1 is the point before start).</summary>
    private static SourceLocation Located(SourceText source, int start, int end)
    {
        var text = source.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start - 1, text.Length - 1);
        var (line, column) = source.Position(start);
        var quote = end >= start ? text[start..(end + 1)] : "";
        var (endLine, endColumn) = end >= start ? source.Position(end) : (line, column);
        return new SourceLocation(source.File, line, column, endLine, endColumn, quote, Context(text, start, -1), Context(text, end + 1, +1));
    }

    /// <summary>Up to a few dozen characters of the same paragraph before (direction -1) or after (+1) an offset.</summary>
    private static string Context(string text, int offset, int direction)
    {
        if (direction < 0)
        {
            var from = Math.Max(0, offset - ContextLength);
            var before = text[from..offset];
            var blank = before.LastIndexOf("\n\n", StringComparison.Ordinal);
            return blank >= 0 ? before[(blank + 2)..] : before;
        }
        var to = Math.Min(text.Length, offset + ContextLength);
        var after = text[offset..to];
        var stop = after.IndexOf("\n\n", StringComparison.Ordinal);
        return stop >= 0 ? after[..stop] : after;
    }

    /// <summary>Text outside the chapters (header, footer, cover lines drawn from data): found once in a data file, it lands there.</summary>
    private ItemMapping Fallback(DocxLocation location, string docxText)
    {
        var candidates = new[] { docxText }
            .Concat(location.ParagraphText.Split(['\t', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Trim().Length >= 3)
            .Select(c => c.Trim());
        foreach (var candidate in candidates)
        {
            var hits = data.SelectMany(d => Occurrences(d.Text, candidate).Select(at => (d, at))).Take(2).ToList();
            if (hits.Count == 1) return ItemMapping.To(Located(hits[0].d, hits[0].at, hits[0].at + candidate.Length - 1));
        }
        return ItemMapping.None(where.ContainsKey((location.Part, location.Paragraph)) ? NoParagraph : NoSource);
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
            yield return at;
    }

    /// <summary>Edits without revision marks: word differences between a paired paragraph and its release text.</summary>
    private IEnumerable<UntrackedEdit> Untracked(string editor)
    {
        foreach (var paragraph in logical.Where(l => l.Target is not null))
        {
            var target = paragraph.Target!;
            var ours = paragraph.Text;
            foreach (var edit in TextDiff.Words(target.Text, ours))
            {
                var replaced = target.Text.Substring(edit.OldStart, edit.OldLength);
                var text = ours.Substring(edit.NewStart, edit.NewLength);
                // Spacing a word processor adjusts on saving is no reviewer's edit, nor is a field it computed again.
                if (string.IsNullOrWhiteSpace(replaced) && string.IsNullOrWhiteSpace(text)) continue;
                if (InComputedText(target, edit)) continue;
                var (docxParagraph, docxOffset) = ToDocx(paragraph, edit.NewStart);
                var (endParagraph, endOffset) = ToDocx(paragraph, edit.NewStart + edit.NewLength);
                var location = new DocxLocation(paragraph.Part, docxParagraph, docxOffset, endParagraph, endOffset, ParagraphTextOf(paragraph, docxParagraph));
                var revision = new ReviewRevision(RevisionKind.UntrackedEdit, editor, null, text, location);
                yield return new UntrackedEdit(revision, replaced, MapReleaseRange(target, edit));
            }
        }
    }

    /// <summary>
    /// Word processors recompute fields when they open a file (cross-references, caption numbers, page
    /// numbers, the table of contents) and may write them otherwise: LibreOffice turns "A" into
    /// "Anexo A". A difference confined to such text, or touching it without replacing anything
    /// else, is theirs, not the reviewer's.
    /// </summary>
    private static bool InComputedText(TextTarget target, TextEdit edit)
    {
        static bool Computed(TextTarget t, int k) => k >= 0 && k < t.Text.Length && (t.At(k) is not { } c || c.Computed);
        if (edit.OldLength > 0)
            return Enumerable.Range(edit.OldStart, edit.OldLength).All(k => Computed(target, k) || char.IsWhiteSpace(target.Text[k]));
        return Computed(target, edit.OldStart - 1) || Computed(target, edit.OldStart);
    }

    private static ItemMapping MapReleaseRange(TextTarget target, TextEdit edit)
    {
        if (edit.OldLength > 0)
        {
            SourceChar? a = null, b = null;
            for (var k = edit.OldStart; k < edit.OldStart + edit.OldLength && a is null; k++) a = target.At(k);
            for (var k = edit.OldStart + edit.OldLength - 1; k >= edit.OldStart && b is null; k--) b = target.At(k);
            if (a is { } first && b is { } last)
                return ItemMapping.To(Located(first.Source, first.Start, first.Source == last.Source ? Math.Max(first.Start, last.End) : first.End));
        }
        // Pure insertion: after the character before it, else before the one after it.
        if (target.At(edit.OldStart - 1) is { } prev)
            return ItemMapping.To(prev.Verbatim ? Located(prev.Source, prev.End + 1, prev.End) : Located(prev.Source, prev.Start, prev.End));
        if (target.At(edit.OldStart) is { } next)
            return ItemMapping.To(next.Verbatim ? Located(next.Source, next.Start, next.Start - 1) : Located(next.Source, next.Start, next.End));
        return ItemMapping.None(NoSource);
    }

    private static (int Paragraph, int Offset) ToDocx(Logical paragraph, int offset)
    {
        var piece = paragraph.Pieces.Last(p => p.Offset <= offset || p == paragraph.Pieces[0]);
        return (piece.Paragraph, offset - piece.Offset);
    }

    private static string ParagraphTextOf(Logical paragraph, int docxParagraph)
    {
        var index = paragraph.Pieces.FindIndex(p => p.Paragraph == docxParagraph);
        var start = paragraph.Pieces[index].Offset;
        var end = index + 1 < paragraph.Pieces.Count ? paragraph.Pieces[index + 1].Offset : paragraph.Builder.Length;
        return paragraph.Text[start..end];
    }
}
