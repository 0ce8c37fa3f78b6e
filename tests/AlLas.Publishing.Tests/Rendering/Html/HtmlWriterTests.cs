using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering.Html;
using AlLas.Publishing.Tests.Support;
using AngleSharp.Html.Parser;

namespace AlLas.Publishing.Tests.Rendering.Html;

public class HtmlWriterTests
{
    private static string Render(MiniPublication mini, out IReadOnlyList<AlLas.Publishing.Rendering.OutputFile> files)
    {
        var publication = mini.Load();
        files = new HtmlWriter(mini.PathOf("templates")).Write(publication.Documents[0], publication);
        using var page = new MemoryStream();
        files[0].WriteTo(page);
        return System.Text.Encoding.UTF8.GetString(page.ToArray());
    }

    [Fact]
    public void The_page_of_a_small_publication_is_pinned()
    {
        using var mini = new MiniPublication();
        var html = Render(mini, out _);
        var main = html[html.IndexOf("<main>", StringComparison.Ordinal)..(html.IndexOf("</main>", StringComparison.Ordinal) + 7)];
        Snapshot.Match(main, "html");
    }

    [Fact]
    public void The_page_is_spanish_and_navigable_with_numbered_headings()
    {
        using var mini = new MiniPublication();
        var page = new HtmlParser().ParseDocument(Render(mini, out var files));

        Assert.Equal("es-ES", page.DocumentElement.GetAttribute("lang"));
        var toc = page.QuerySelectorAll("nav.indice a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#sec-presentacion", "Presentación"), ("#sec-oficinas", "1 Las oficinas"), ("#sec-recursos", "1.1 Recursos"), ("#anx-bibliografia", "Anexo A Bibliografía")], toc);
        foreach (var (href, _) in toc) Assert.NotNull(page.GetElementById(href![1..]));
        foreach (var link in page.QuerySelectorAll("a.xref, a.llamada"))
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
        Assert.Equal("Tabla 1. Socios de la prueba", page.QuerySelector("#tbl-socios figcaption")!.TextContent);
        Assert.Equal(1, page.QuerySelectorAll("mark.pendiente").Length);
        Assert.Contains(files, f => f.RelativePath == "informe_archivos/ciclo.png");
        Assert.Equal("informe_archivos/ciclo.png", page.QuerySelector("#fig-ciclo img")!.GetAttribute("src"));
    }

    [Fact]
    public void Both_documents_of_the_publication_pass_the_Nu_HTML_checker()
    {
        var vnu = Vnu.Require();
        using var output = RepoPaths.NewTempDir();
        var result = Allas.Run(RepoPaths.Root, "build", "--format", "html", "--out", output.Path);
        Assert.True(result.ExitCode == 0, result.ToString());

        var pages = Directory.GetFiles(output.Path, "*.html");
        Assert.Equal(["cuaderno-2.html", "resumen-ejecutivo.html"], pages.Select(Path.GetFileName).Order());
        vnu.AssertNoErrors(pages);
        foreach (var page in pages)
        {
            var dom = new HtmlParser().ParseDocument(File.ReadAllText(page));
            foreach (var image in dom.Images)
                Assert.True(File.Exists(Path.Combine(output.Path, image.GetAttribute("src")!)), $"{page}: {image.GetAttribute("src")}");
        }
    }
}
