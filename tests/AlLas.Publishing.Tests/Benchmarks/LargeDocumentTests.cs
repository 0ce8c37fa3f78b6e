using AlLas.Publishing.Content;
using AlLas.Publishing.Generation;
using AlLas.Publishing.Rendering;
using AlLas.Publishing.Rendering.Html;
using AlLas.Publishing.Tests.Support;
using Markdig.Syntax;

namespace AlLas.Publishing.Tests.Benchmarks;

/// <summary>What the sizes of the benchmarks showed: a long document must reach its reader whole.</summary>
public sealed class LargeDocumentTests : IDisposable
{
    private readonly TempDir dir = RepoPaths.NewTempDir();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void A_page_of_a_thousand_pages_and_over_a_thousand_headings_is_written_whole()
    {
        var generated = PublicationGenerator.Generate(dir.Dir("repo"), 1000, 2013, RepoPaths.Templates);
        var output = dir.Dir("out");
        var build = new DraftBuild(generated.Root, [new HtmlWriter(Path.Combine(generated.Root, Paths.Templates))]);

        var result = build.Run([], ["html"], output, ReleaseInfo.WorkingDraft(null));

        var document = result.Publication.Documents[0];
        Assert.True(document.Contents.Sum(c => c.Markdown.Descendants<HeadingBlock>().Count(h => h.Level <= 3)) > 1000);
        var html = File.ReadAllText(Path.Combine(output, $"{PublicationGenerator.DocumentId}.html"));
        var last = document.Body.Last();
        Assert.Contains($"id=\"{last.Id}\"", html);
        Assert.Contains("id=\"anx-bibliografia\"", html);
        Assert.EndsWith("</html>", html.TrimEnd());
        Assert.Equal(document.Body.Count(), CountOf(html, "<section class=\"capitulo\""));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
