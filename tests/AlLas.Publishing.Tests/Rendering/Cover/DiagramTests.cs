using System.Globalization;
using System.Xml.Linq;
using AlLas.Publishing.Rendering.Diagrams;
using AlLas.Publishing.Tests.Rendering.Docx;
using AlLas.Publishing.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace AlLas.Publishing.Tests.Rendering.Cover;

/// <summary>
/// The figures drawn from their Graphviz sources (content/media/*.dot) at build time: in the document's
/// font, readable in print, SVG with a PNG fallback in Word and SVG in the page; the committed images
/// where dot is missing.
/// </summary>
public class DiagramTests(PublicationDrafts drafts) : IClassFixture<PublicationDrafts>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static void RequireDot()
    {
        if (!Graphviz.Available) ExternalTool.Unavailable("Graphviz (dot)", "apt-get install graphviz");
    }

    public static TheoryData<string> Documents => new() { "resumen-ejecutivo", "cuaderno-2" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_figure_with_a_source_is_an_SVG_in_Calibri_with_no_label_under_8_pt_at_its_printed_size(string id)
    {
        RequireDot();
        using var word = new WordFile(drafts.PathOf(id + ".docx"));
        var figures = word.Body.Descendants<Wp.Inline>()
            .Where(i => i.Ancestors<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First().ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Figura")
            .ToList();
        Assert.Equal(2, figures.Count);
        foreach (var figure in figures)
        {
            var blip = figure.Descendants<A.Blip>().Single();
            Assert.Equal("image/png", word.Main.GetPartById(blip.Embed!.Value!).ContentType);
            var svgBlip = blip.Descendants<DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip>().Single();
            var part = word.Main.GetPartById(svgBlip.Embed!.Value!);
            Assert.Equal("image/svg+xml", part.ContentType);
            var svg = XDocument.Load(part.GetStream()).Root!;
            var naturalWidth = double.Parse(((string)svg.Attribute("width")!).Replace("pt", ""), CultureInfo.InvariantCulture);
            var printedWidth = figure.Extent!.Cx!.Value / 12700.0;
            var scale = printedWidth / naturalWidth;
            Assert.InRange(scale, 0.5, 1.0001);

            var texts = svg.Descendants(Svg + "text").ToList();
            Assert.NotEmpty(texts);
            foreach (var text in texts)
            {
                var size = double.Parse((string)text.Attribute("font-size")!, CultureInfo.InvariantCulture);
                Assert.True(size * scale >= 8, $"{id}: «{text.Value}» at {size * scale:0.0} pt");
                Assert.StartsWith("Calibri,Carlito", (string)text.Attribute("font-family")!);
            }
        }
    }

    [Fact]
    public void The_page_shows_the_SVG_and_carries_it_in_its_asset_folder()
    {
        RequireDot();
        var page = File.ReadAllText(drafts.PathOf("cuaderno-2.html"));
        foreach (var name in new[] { "c2-marco-analitico", "c2-tipologia-acciones" })
        {
            Assert.Contains($"src=\"cuaderno-2_archivos/{name}.svg\"", page);
            var svg = XDocument.Load(drafts.PathOf($"cuaderno-2_archivos/{name}.svg")).Root!;
            Assert.Equal(Svg + "svg", svg.Name);
        }
    }

    [Fact]
    public void Without_dot_the_committed_images_stand_and_the_same_sources_give_the_same_files()
    {
        var withoutDot = drafts.Build(new Dictionary<string, string?> { ["ALLAS_DOT"] = "none" }, "sin-dot");
        using (var word = new WordFile(Path.Combine(withoutDot, "resumen-ejecutivo.docx")))
        {
            Assert.DoesNotContain(word.Body.Descendants<DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip>(), b =>
                b.Ancestors<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First().ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Figura");
            Assert.Equal(2, word.Main.ImageParts.Count(p => p.ContentType == "image/png") - 1);
        }
        Assert.Contains("src=\"resumen-ejecutivo_archivos/fases.png\"", File.ReadAllText(Path.Combine(withoutDot, "resumen-ejecutivo.html")));

        RequireDot();
        var again = drafts.Build(new Dictionary<string, string?>(), "otra-vez");
        foreach (var file in new[] { "resumen-ejecutivo.docx", "cuaderno-2.docx", "cuaderno-2_archivos/c2-marco-analitico.svg" })
            Assert.True(File.ReadAllBytes(drafts.PathOf(file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, file))), file);
    }
}
