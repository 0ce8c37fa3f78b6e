using System.Text.RegularExpressions;
using AlLas.Publishing.Content;
using AlLas.Publishing.Releases;
using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Review;
using AlLas.Publishing.Review.Import;
using AlLas.Publishing.Tests.Releases;
using AlLas.Publishing.Tests.Support;
using static AlLas.Publishing.Tests.Review.Import.ReviewerSession;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>Mapping on the publication's own content/: both documents, as the writers keep them today.</summary>
public sealed partial class RealContentMappingTests(ITestOutputHelper output)
{
    private static Publication LoadRealContent()
    {
        var diagnostics = new Diagnostics();
        var publication = new PublicationLoader(RepoPaths.Root, diagnostics, ReleaseInfo.WorkingDraft("0123456789abcdef0123456789abcdef01234567")).Load();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return publication;
    }

    private static IReadOnlyList<DocxParagraph> Rendered(Document document, Publication publication)
    {
        using var temp = RepoPaths.NewTempDir();
        var docx = temp.File(document.Id + ".docx");
        File.WriteAllBytes(docx, new DocxDocumentWriter(RepoPaths.Templates).Write(document, publication)[0].Content);
        return DocxReviewReader.Read(docx).Paragraphs;
    }

    [Fact]
    public void Every_paragraph_of_both_drafts_with_text_from_a_chapter_pairs_with_the_block_it_came_from()
    {
        var publication = LoadRealContent();
        foreach (var document in publication.Documents)
        {
            var blocks = BlockText.Of(document);
            var pairs = ReleaseParagraph.Pair(Rendered(document, publication), blocks);
            var withText = pairs.Where(p => p.Text.Trim().Length > 0).ToList();
            var paired = withText.Where(p => p.Block is not null).ToList();
            var exact = paired.Count(p => p.Block!.Text.Trim() == p.Text.Trim());
            // What pairs with nothing is what no chapter writes: the table of contents, header and footer.
            var unpaired = withText.Where(p => p.Block is null).ToList();
            output.WriteLine($"{document.Id}: {blocks.Count} blocks, {withText.Count} paragraphs with text, {paired.Count} paired ({exact} identical), unpaired: {unpaired.Count}");
            foreach (var p in unpaired.Where(p => !IsContentsHeaderOrFooter(p))) output.WriteLine($"  unpaired {p.Part}#{p.Paragraph.Index}: {p.Text}");

            Assert.Empty(unpaired.Where(p => !IsContentsHeaderOrFooter(p)).Select(p => $"{p.Part}#{p.Paragraph.Index}: {p.Text}"));
            Assert.Equal(paired.Count, exact);
            Assert.Equal(blocks.Count, paired.Select(p => p.Block).Distinct().Count());
        }
    }

    private static bool IsContentsHeaderOrFooter(ReleaseParagraph p) =>
        p.Part != BlockText.Parts.Body && p.Part != BlockText.Parts.Footnotes
        || p.Text == "Índice"
        || TocEntry().IsMatch(p.Text);

    [GeneratedRegex(@"\t\d+$")]
    private static partial Regex TocEntry();

    [Fact]
    public void A_LibreOffice_review_of_the_executive_summary_lands_on_the_right_lines()
    {
        var lo = LibreOffice.RequireUno();
        using var repo = PublicationRepo.RealContent();
        const string document = "resumen-ejecutivo";
        repo.AllasOk("release", document, "--label", "v0.2-preliminar", "--date", "2026-03-02");
        repo.Commit("Versión v0.2-preliminar");

        var publication = new PublicationLoader(repo.Root, new Diagnostics(), ReleaseInfo.WorkingDraft(null)).Load([document]);
        var blocks = BlockText.Of(publication.Documents.Single());
        var all = string.Join("\n", blocks.Select(b => b.Text));
        var picker = new PhrasePicker(repo, blocks, all);
        var commented = picker.Next();
        var deleted = picker.Next();
        var insertedAfter = picker.Next();
        var splitAfter = picker.Next();
        var replaced = picker.NextWord();
        var (acrossFrom, acrossTo) = picker.AcrossTwoParagraphs();
        output.WriteLine($"comment {commented}; delete {deleted}; insert after {insertedAfter}; split after {splitAfter}; replace {replaced}; across {acrossFrom} → {acrossTo}");

        var returned = repo.PathOf("resumen-revisado.docx");
        ReviewerSession.Review(lo, repo.PathOf($"out/{document}-v0.2-preliminar.docx"), returned,
            Author("DMRI Quito"),
            Track(true),
            Comment(commented.Text, "¿Fuente?", "DMRI Quito"),
            CommentAcross(acrossFrom.Text, 0, acrossTo.Text, "Revisar la transición.", "DMRI Quito"),
            InsertAfter(insertedAfter.Text, " (añadido)"),
            Delete(deleted.Text),
            Split(splitAfter.Text),
            Track(false),
            Replace(replaced.Text, replaced.Text.ToUpperInvariant()));

        repo.AllasOk("review", "import", returned);
        var items = ImportedItem.Parse(repo.AllasOk("review", "list", "--json"));
        foreach (var i in items) output.WriteLine($"{i.Id} {i.Kind} {i.File}:{i.Line}:{i.Column}-{i.EndLine}:{i.EndColumn} «{i.SourceQuote}» {i.Unmapped}");

        var comment = items.Single(i => i.Text == "¿Fuente?");
        Assert.Equal((commented.File, commented.Line, commented.Column, commented.Text), (comment.File, comment.Line, comment.Column, comment.SourceQuote));
        var across = items.Single(i => i.Text == "Revisar la transición.");
        Assert.Equal((acrossFrom.File, acrossFrom.Line, acrossFrom.Column), (across.File, across.Line, across.Column));
        Assert.Equal((acrossTo.Line, acrossTo.Column + acrossTo.Text.Length - 1), (across.EndLine, across.EndColumn));
        var delete = items.Single(i => i.Kind == "delete");
        Assert.Equal((deleted.File, deleted.Line, deleted.Column, deleted.Text), (delete.File, delete.Line, delete.Column, delete.SourceQuote));
        var insert = items.Single(i => i.Kind == "insert");
        Assert.Equal((insertedAfter.File, insertedAfter.Line, insertedAfter.Column + insertedAfter.Text.Length, ""), (insert.File, insert.Line, insert.Column, insert.SourceQuote));
        var split = items.Single(i => i.Kind == "paragraph-insert");
        Assert.Equal((splitAfter.File, splitAfter.Line), (split.File, split.Line));
        Assert.Equal(splitAfter.Column + splitAfter.Text.Length, split.Column);
        var untracked = items.Single(i => i.Kind == "untracked-edit");
        Assert.Equal((replaced.File, replaced.Line, replaced.Column, replaced.Text), (untracked.File, untracked.Line, untracked.Column, untracked.SourceQuote));
        Assert.Equal(6, items.Count);

        repo.AllasOk("review", "apply", "--all");
        repo.AllasOk("build", "--doc", document, "--format", "docx");
        var rebuilt = string.Join("\n", DocxReviewReader.Read(repo.PathOf($"out/{document}.docx")).Paragraphs.Select(p => p.OriginalText));
        Assert.Contains(insertedAfter.Text + " (añadido)", rebuilt);
        Assert.Contains(replaced.Text.ToUpperInvariant(), rebuilt);
        Assert.Contains("sin cambios", repo.AllasOk("review", "import", returned));
    }

    /// <summary>A phrase of the draft and where it stands in its source file.</summary>
    private sealed record Phrase(string Text, string File, int Line, int Column)
    {
        public override string ToString() => $"«{Text}» {File}:{Line}:{Column}";
    }

    /// <summary>
    /// Picks phrases a reviewer could select, each from a different body paragraph: plain words only,
    /// written once in the whole draft and once in their source file, so that where they land can be
    /// told from the source alone.
    /// </summary>
    private sealed partial class PhrasePicker(PublicationRepo repo, IReadOnlyList<BlockText> blocks, string all)
    {
        private readonly HashSet<BlockText> used = [];
        private readonly List<BlockText> candidates = blocks
            .Where(b => b.Part == BlockText.Parts.Body && b.Block is Markdig.Syntax.ParagraphBlock && b.Source.File.StartsWith("content/", StringComparison.Ordinal))
            .Where(b => b.Block.Parent is Markdig.Syntax.MarkdownDocument && b.Text.Length > 200)
            .ToList();

        public Phrase Next() => Pick(4);

        public Phrase NextWord() => Pick(1, minLength: 9);

        private Phrase Pick(int words, int minLength = 12)
        {
            foreach (var block in candidates.Where(b => !used.Contains(b)).Skip(used.Count * 3))
            {
                var tokens = Words().Matches(block.Text).ToList();
                for (var i = 2; i + words <= tokens.Count; i++)
                {
                    var start = tokens[i].Index;
                    var end = tokens[i + words - 1].Index + tokens[i + words - 1].Length;
                    var text = block.Text[start..end];
                    if (text.Length < minLength || !PlainWords().IsMatch(text) || Count(all, text) != 1) continue;
                    if (Located(block.Source.File, text) is not { } phrase) continue;
                    used.Add(block);
                    return phrase;
                }
            }
            throw new InvalidOperationException("no phrase fits");
        }

        /// <summary>The last words of one paragraph and the first of the next, in the same chapter.</summary>
        public (Phrase From, Phrase To) AcrossTwoParagraphs()
        {
            for (var k = 0; k + 1 < candidates.Count; k++)
            {
                var (a, b) = (candidates[k], candidates[k + 1]);
                if (used.Contains(a) || used.Contains(b) || a.Source != b.Source || a.Block.Parent!.IndexOf(a.Block) + 1 != b.Block.Parent!.IndexOf(b.Block)) continue;
                var last = Words().Matches(a.Text).TakeLast(3).ToList();
                var first = Words().Matches(b.Text).Take(3).ToList();
                if (last.Count < 3 || first.Count < 3) continue;
                var from = a.Text[last[0].Index..(last[^1].Index + last[^1].Length)];
                var to = b.Text[first[0].Index..(first[^1].Index + first[^1].Length)];
                if (!PlainWords().IsMatch(from) || !PlainWords().IsMatch(to) || Count(all, from) != 1 || Count(all, to) != 1) continue;
                if (Located(a.Source.File, from) is { } f && Located(b.Source.File, to) is { } t)
                {
                    used.Add(a);
                    used.Add(b);
                    return (f, t);
                }
            }
            throw new InvalidOperationException("no two paragraphs fit");
        }

        private Phrase? Located(string file, string text)
        {
            var source = repo.Read(file);
            if (Count(source, text) != 1) return null;
            var (line, column) = SourcePosition.Of(source, text);
            return new Phrase(text, file, line, column);
        }

        private static int Count(string text, string value)
        {
            var n = 0;
            for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal)) n++;
            return n;
        }

        [GeneratedRegex(@"\p{L}+")]
        private static partial Regex Words();

        [GeneratedRegex(@"^\p{L}+( \p{L}+)*$")]
        private static partial Regex PlainWords();
    }
}
