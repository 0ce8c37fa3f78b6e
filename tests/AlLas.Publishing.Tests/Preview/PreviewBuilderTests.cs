using System.Text.RegularExpressions;
using AlLas.Publishing.Content;
using AlLas.Publishing.Generation;
using AlLas.Publishing.Preview;
using AlLas.Publishing.Rendering;
using AlLas.Publishing.Rendering.Html;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Preview;

/// <summary>
/// The preview keeps a document between saves and rebuilds only what a saved chapter changed: the page it
/// serves must still be, byte for byte, the page `allas build --format html` writes from the same sources.
/// </summary>
public sealed class PreviewBuilderTests : IDisposable
{
    private const string Id = PublicationGenerator.DocumentId;

    private readonly TempDir dir = RepoPaths.NewTempDir();
    private readonly GeneratedPublication generated;
    private readonly PreviewSite site = new();
    private readonly PreviewBuilder builder;

    public PreviewBuilderTests()
    {
        generated = PublicationGenerator.Generate(dir.Dir("repo"), 50, 2013, RepoPaths.Templates);
        builder = new PreviewBuilder(generated.Root, [Id], site);
        Assert.True(builder.Build(Id).Succeeded);
    }

    public void Dispose() => dir.Dispose();

    private string Chapter(int number) => $"{Paths.Content}/{Id}/{number:000}-capitulo.md";

    private string Read(string relative) => File.ReadAllText(Path.Combine(generated.Root, relative));

    /// <summary>A save of one chapter, as the watcher reports it, and the build it brings.</summary>
    private PreviewBuild Save(string relative, Func<string, string> edit)
    {
        File.WriteAllText(Path.Combine(generated.Root, relative), edit(Read(relative)));
        return Assert.Single(builder.Build(builder.Affected([relative]), [relative]));
    }

    private byte[] Served() => site.Page(Id)!.Files[$"{Id}.html"];

    /// <summary>The page `allas build --format html` writes now.</summary>
    private byte[] Built()
    {
        var output = dir.Dir($"out-{Guid.NewGuid():N}");
        new DraftBuild(generated.Root, [new HtmlWriter(Path.Combine(generated.Root, Paths.Templates))])
            .Run([Id], ["html"], output, SourceCommit.Draft(generated.Root));
        return File.ReadAllBytes(Path.Combine(output, $"{Id}.html"));
    }

    private void AssertServedIsBuilt()
    {
        var served = System.Text.Encoding.UTF8.GetString(Served());
        var built = System.Text.Encoding.UTF8.GetString(Built());
        Assert.Equal(built, served);
    }

    [Fact]
    public void A_sentence_saved_in_one_chapter_reparses_and_rerenders_that_chapter_alone()
    {
        AssertServedIsBuilt();

        var build = Save(Chapter(3), text => text + "\nUna frase guardada en la vista previa.\n");

        Assert.True(build.Succeeded, string.Join("\n", build.Problems));
        Assert.Equal(1, build.ChaptersParsed);
        // The chapter saved, and the bibliography annex, which is drawn anew from every chapter's citations.
        Assert.Equal(2, build.SectionsRendered);
        Assert.Contains("Una frase guardada en la vista previa.", System.Text.Encoding.UTF8.GetString(Served()));
        AssertServedIsBuilt();
    }

    [Fact]
    public void Numbers_footnotes_anchors_and_citations_that_move_with_a_save_move_in_every_chapter()
    {
        // A later chapter has a heading without an id, so its anchor is derived from its title.
        Save(Chapter(5), text => text + "\n## Notas finales\n\nUna sección sin etiqueta.\n");
        AssertServedIsBuilt();

        // An earlier chapter gains a figure, a table, a footnote, a section with the same title (the later
        // anchor must now take the suffix) and a citation of a work no chapter cited yet.
        var uncited = Uncited();
        var build = Save(Chapter(2), text => ReplaceFirst(text, "\n## ", $$"""

            ![Un gráfico nuevo](../media/grafico-barras.png){#fig-nueva alt="Un gráfico nuevo"}

            | A | B |
            |---|---|
            | 1 | 2 |

            Tabla: Una tabla nueva {#tbl-nueva}

            Véase @fig-nueva y @tbl-nueva.[^nueva] Según [@{{uncited}}].

            [^nueva]: Una nota nueva.

            ## Notas finales

            Otra sección sin etiqueta.

            ## 
            """));

        Assert.True(build.Succeeded, string.Join("\n", build.Problems));
        Assert.Equal(1, build.ChaptersParsed);
        Assert.True(build.SectionsRendered > 2, $"{build.SectionsRendered} sections rendered: the chapters after the saved one print moved numbers");
        var served = System.Text.Encoding.UTF8.GetString(Served());
        Assert.True(served.IndexOf("id=\"h-notas-finales\"", StringComparison.Ordinal) < served.IndexOf("id=\"h-notas-finales-2\"", StringComparison.Ordinal),
            "the earlier section takes the plain anchor, the later one the suffix");
        AssertServedIsBuilt();

        // And back: the numbers return, the work leaves the bibliography.
        Save(Chapter(2), text => text[..text.IndexOf("\n\n![Un gráfico nuevo]", StringComparison.Ordinal)] + text[(text.IndexOf("Otra sección sin etiqueta.", StringComparison.Ordinal) + "Otra sección sin etiqueta.".Length)..]);
        AssertServedIsBuilt();
    }

    [Fact]
    public void A_retitled_chapter_changes_the_contents_and_the_references_that_quote_its_title()
    {
        var presentation = $"{Paths.Content}/{Id}/000-presentacion.md";
        File.AppendAllText(Path.Combine(generated.Root, Chapter(4)), "\nComo dice la @sec-presentacion.\n");
        Assert.True(Assert.Single(builder.Build(builder.Affected([Chapter(4)]), [Chapter(4)])).Succeeded);

        var build = Save(presentation, text => text.Replace("# Presentación {#sec-presentacion}", "# Presentación del documento {#sec-presentacion}"));

        Assert.True(build.Succeeded, string.Join("\n", build.Problems));
        Assert.Contains("«Presentación del documento»", System.Text.Encoding.UTF8.GetString(Served()));
        AssertServedIsBuilt();
    }

    [Fact]
    public void A_save_that_breaks_a_reference_reports_what_a_build_reports_and_keeps_the_last_good_page()
    {
        var before = Served();
        var build = Save(Chapter(3), text => text.Replace("{#fig-c003-1 ", "{#fig-c003-x "));

        Assert.False(build.Succeeded);
        Assert.All(build.Problems.Where(p => p.Severity == Severity.Error), p => Assert.Equal("AL0020", p.Code));
        var check = new Diagnostics();
        new PublicationLoader(generated.Root, check, ReleaseInfo.WorkingDraft(null)).Load([Id]);
        Assert.Equal(check.Items.Where(d => d.Severity == Severity.Error), build.Problems.Where(d => d.Severity == Severity.Error));
        Assert.Equal(before, Served());

        var fixedBuild = Save(Chapter(3), text => text.Replace("{#fig-c003-x ", "{#fig-c003-1 "));
        Assert.True(fixedBuild.Succeeded);
        AssertServedIsBuilt();
    }

    [Fact]
    public void Warnings_after_a_save_are_those_a_build_gives()
    {
        var build = Save(Chapter(1), text => text + "\n# Un segundo título\n\n## Una sección {#mal-etiquetada}\n\nTexto.\n");

        Assert.True(build.Succeeded, string.Join("\n", build.Problems));
        var diagnostics = new Diagnostics();
        var publication = new PublicationLoader(generated.Root, diagnostics, ReleaseInfo.WorkingDraft(null)).Load([Id]);
        AlLas.Publishing.Content.Checks.SourceChecks.Run(publication, diagnostics);
        var expected = AlLas.Publishing.Content.Checks.DiagnosticList.Ordered(diagnostics.Items.Where(d => d.Severity == Severity.Warning));
        Assert.Contains(expected, d => d.Code == AlLas.Publishing.Content.Checks.HeadingLevelsCheck.SecondTitle);
        Assert.Contains(expected, d => d.Code == AlLas.Publishing.Content.Checks.LabelPrefixCheck.Code);
        Assert.Equal(expected, build.Problems);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' not found");
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    private string Uncited()
    {
        var cited = Directory.GetFiles(Path.Combine(generated.Root, Paths.Content, Id), "*.md")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"@([a-z]+\d{4})").Select(m => m.Groups[1].Value))
            .ToHashSet();
        return Regex.Matches(Read($"{Paths.Content}/{Bibliography.FileName}"), @"^- id: (\S+)", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .First(id => !cited.Contains(id));
    }
}
