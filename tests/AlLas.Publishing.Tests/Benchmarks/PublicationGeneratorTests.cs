using AlLas.Publishing.Content;
using AlLas.Publishing.Generation;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Tests.Support;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AlLas.Publishing.Tests.Benchmarks;

/// <summary>The generated publications the speed figures are measured on: real publications of the asked size, made again identically.</summary>
public sealed class PublicationGeneratorTests : IDisposable
{
    private readonly TempDir dir = RepoPaths.NewTempDir();

    public void Dispose() => dir.Dispose();

    private GeneratedPublication Generate(string name, int pages, int seed = 2013) =>
        PublicationGenerator.Generate(dir.Dir(name), pages, seed, RepoPaths.Templates);

    private static Publication Load(GeneratedPublication generated)
    {
        var diagnostics = new Diagnostics();
        var publication = new PublicationLoader(generated.Root, diagnostics, ReleaseInfo.WorkingDraft(null)).Load();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return publication;
    }

    [Fact]
    public void Fifty_pages_build_as_a_document_of_about_fifty_pages()
    {
        var generated = Generate("p50", 50);
        var document = Assert.Single(Load(generated).Documents);

        var stats = DocumentStats.Of(document);
        Assert.InRange(stats.BodyPages, 45, 60);
        Assert.Equal(50, stats.PageBudget);
        Assert.InRange(stats.BodyPages, generated.EstimatedPages * 0.9, generated.EstimatedPages * 1.1);
        Assert.Equal(generated.Tally.Pending, stats.Pending);
    }

    [Fact]
    public void The_document_uses_every_construct_of_the_writing_conventions()
    {
        var document = Load(Generate("p50", 50)).Documents[0];
        var blocks = document.Chapters.SelectMany(c => c.Markdown.Descendants()).ToList();
        var inlines = document.Chapters.SelectMany(c => c.Markdown.Descendants<Markdig.Syntax.Inlines.Inline>()).ToList();

        var headings = document.Contents.SelectMany(c => c.Markdown.Descendants<HeadingBlock>()).ToList();
        Assert.Equal([1, 2, 3, 4], headings.Select(h => h.Level).Distinct().Order());
        Assert.All(headings, h => Assert.Matches("^(sec|anx)-", h.TryGetAttributes()?.Id ?? ""));
        Assert.Contains(document.Chapters, c => c.Kind == ChapterKind.Front && !c.IsTemplate);
        Assert.True(document.Body.Count() >= 5);
        Assert.Contains(blocks, b => b is ListBlock { IsOrdered: false });
        Assert.Contains(blocks, b => b is ListBlock { IsOrdered: true });
        Assert.All(blocks.OfType<FigureBlock>(), f => Assert.True(File.Exists(f.ImagePath)));
        Assert.True(blocks.OfType<FigureBlock>().Count() >= 3);
        Assert.True(blocks.OfType<TableCaptionBlock>().Count() >= 5);
        Assert.Contains(blocks.OfType<TableCaptionBlock>(), c => c.Label == "tbl-socios");
        Assert.True(blocks.OfType<Footnote>().Count() >= 10);
        var references = inlines.OfType<CrossReferenceInline>().ToList();
        Assert.True(references.Count >= 20);
        Assert.All(references, r => Assert.NotNull(r.Target));
        Assert.Contains(references, r => r.Target!.Kind == LabelKind.Figure);
        Assert.Contains(references, r => r.Target!.Kind == LabelKind.Table);
        Assert.Contains(references, r => r.Target!.Kind == LabelKind.Section);
        var citations = inlines.OfType<CitationInline>().ToList();
        Assert.True(citations.Count >= 20);
        Assert.Contains(citations, c => c.Text!.Contains(", p. "));
        Assert.Contains(blocks, b => b is BibliographyBlock);
        Assert.Contains(inlines, i => i is PendingInline);
    }

    [Fact]
    public void Prose_is_Spanish_sentences()
    {
        var generated = Generate("p50", 50);
        var chapter = File.ReadAllText(Path.Combine(generated.DocumentFolder, "001-capitulo.md"));
        var words = chapter.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var common = new HashSet<string> { "la", "de", "los", "las", "el", "en", "con", "del", "y", "a" };
        Assert.True(words.Count(w => common.Contains(w)) > words.Length / 6, "articles and prepositions make a good share of Spanish prose");
        Assert.Contains("ó", chapter);
        Assert.DoesNotContain("  ", chapter);
    }

    [Fact]
    public void The_same_seed_gives_the_same_files_and_another_seed_other_text()
    {
        var a = Generate("a", 50, seed: 7);
        var b = Generate("b", 50, seed: 7);
        var c = Generate("c", 50, seed: 8);

        var files = Files(a.Root);
        Assert.Equal(files, Files(b.Root));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(a.Root, f)), File.ReadAllBytes(Path.Combine(b.Root, f))));
        Assert.NotEqual(File.ReadAllText(Path.Combine(a.DocumentFolder, "001-capitulo.md")), File.ReadAllText(Path.Combine(c.DocumentFolder, "001-capitulo.md")));
    }

    [Fact]
    public void Sizes_grow_by_chapters_of_about_ten_pages()
    {
        var small = Generate("p50", 50);
        var large = Generate("p500", 500);

        Assert.InRange(large.EstimatedPages, 495, 515);
        Assert.InRange(large.Tally.Chapters, 500 / PublicationGenerator.ChapterPages * 0.8, 500 / PublicationGenerator.ChapterPages * 1.1);
        Assert.InRange(large.Tally.Words, 9 * small.Tally.Words, 11 * small.Tally.Words);
        var manifest = DocumentManifest.Read(new SourceText("document.yml", File.ReadAllText(Path.Combine(large.DocumentFolder, "document.yml"))));
        Assert.Equal(large.Tally.Chapters, manifest.Chapters.Count);
    }

    private static List<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
}
