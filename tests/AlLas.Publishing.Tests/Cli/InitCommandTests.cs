using AlLas.Publishing.Tests.Support;
using AngleSharp.Html.Parser;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>`allas init`: a new cuaderno that builds at once, and never at the cost of an existing folder.</summary>
public class InitCommandTests
{
    [Fact]
    public void A_new_document_builds_and_checks_clean_at_once_and_lists_what_it_cites()
    {
        using var mini = new MiniPublication();
        const string title = "Cuaderno 3: \"ciudades\" sostenibles #3";

        var init = Allas.Run(mini.Root, "init", "cuaderno-3", "--title", title, "--deliverable", "7", "--pages", "40");

        Assert.True(init.ExitCode == 0, init.ToString());
        var manifest = mini.Read("content/cuaderno-3/document.yml");
        var listed = manifest.Split('\n').Where(l => l.StartsWith("  - ")).Select(l => l[4..].Trim()).ToList();
        Assert.Equal(Directory.GetFiles(mini.PathOf("content/cuaderno-3"), "*.md").Select(Path.GetFileName).Order(), listed.Order());
        Assert.Contains("anexo-b-bibliografia.md", listed);
        foreach (var file in listed) Assert.Contains($"creado content/cuaderno-3/{file}", init.StdOut);

        var check = Allas.Run(mini.Root, "check", "--doc", "cuaderno-3");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain(": warning ", check.StdOut);

        var build = Allas.Run(mini.Root, "build", "--doc", "cuaderno-3", "--format", "html");
        Assert.True(build.ExitCode == 0, build.ToString());
        var page = new HtmlParser().ParseDocument(mini.Read("out/cuaderno-3.html"));
        Assert.Equal(title, page.Title);
        var chapters = page.QuerySelectorAll("section.capitulo > h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["1 Introducción", "2 Contexto", "3 Análisis", "4 Conclusiones y recomendaciones"], chapters);
        Assert.Equal(["anx-siglas", "anx-bibliografia"], page.QuerySelectorAll("section.anexo > h2").Select(h => h.Id));
        Assert.Contains("El capítulo 2 presenta el contexto", page.Body!.TextContent);

        // The bibliography annex lists a work as soon as a chapter cites it.
        var chapter = mini.PathOf("content/cuaderno-3/02-contexto.md");
        File.AppendAllText(chapter, "\nLas oficinas de relaciones internacionales [@zapata2007].\n");
        Assert.Equal(0, Allas.Run(mini.Root, "build", "--doc", "cuaderno-3", "--format", "html").ExitCode);
        var cited = new HtmlParser().ParseDocument(mini.Read("out/cuaderno-3.html"));
        Assert.Contains("Manual práctico para internacionalizar la ciudad", cited.GetElementById("anx-bibliografia")!.ParentElement!.TextContent);
    }

    [Fact]
    public void An_existing_folder_is_refused_with_exit_code_2_and_left_as_it_was()
    {
        using var mini = new MiniPublication();
        var manifest = mini.Read("content/informe/document.yml");
        var before = Directory.GetFiles(mini.PathOf("content"), "*", SearchOption.AllDirectories).Order().ToList();

        var result = Allas.Run(mini.Root, "init", "informe", "--title", "Otro informe");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("content/informe: error AL0072: ya existe", result.StdErr);
        Assert.Equal(manifest, mini.Read("content/informe/document.yml"));
        Assert.Equal(before, Directory.GetFiles(mini.PathOf("content"), "*", SearchOption.AllDirectories).Order());
        Assert.Empty(Directory.GetDirectories(mini.PathOf("content"), ".*"));
    }

    [Theory]
    [InlineData("Cuaderno_3")]
    [InlineData("../fuera")]
    [InlineData("cuaderno 3")]
    public void An_id_that_is_not_a_folder_name_is_refused(string id)
    {
        using var mini = new MiniPublication();
        var before = Directory.GetFileSystemEntries(mini.Root, "*", SearchOption.AllDirectories).Order().ToList();

        var result = Allas.Run(mini.Root, "init", id, "--title", "Un título");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("AL0070", result.StdErr);
        Assert.Equal(before, Directory.GetFileSystemEntries(mini.Root, "*", SearchOption.AllDirectories).Order());
    }

    [Fact]
    public void Title_is_required()
    {
        using var mini = new MiniPublication();
        var result = Allas.Run(mini.Root, "init", "cuaderno-3");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--title", result.StdErr);
        Assert.False(Directory.Exists(mini.PathOf("content/cuaderno-3")));
    }
}
