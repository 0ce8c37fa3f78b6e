using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Rendering.Docx.Package;
using AlLas.Publishing.Tests.Rendering.Docx;
using AlLas.Publishing.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;

namespace AlLas.Publishing.Tests.Rendering.Cover;

/// <summary>
/// The cover, credits and back cover of both Word drafts, as a coordinator and the EU's visibility rules
/// would check them: the emblem beside "Financiado por la Unión Europea", the version's date, the authors;
/// the source commit only in the document properties and the credits' small print.
/// </summary>
public class CoverDocxTests(PublicationDrafts drafts) : IClassFixture<PublicationDrafts>
{
    public static TheoryData<string> Documents => new() { "resumen-ejecutivo", "cuaderno-2" };

    /// <summary>The body's blocks from the first paragraph up to the one that ends the first section (the cover).</summary>
    private static List<DocumentFormat.OpenXml.OpenXmlElement> Section(Body body, int index)
    {
        var sections = new List<List<DocumentFormat.OpenXml.OpenXmlElement>> { new() };
        foreach (var block in body.ChildElements)
        {
            if (block is SectionProperties) continue;
            sections[^1].Add(block);
            if (block is Paragraph { ParagraphProperties.SectionProperties: not null }) sections.Add([]);
        }
        return index < 0 ? sections[^1] : sections[index];
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_cover_holds_the_emblem_beside_the_EU_visibility_line_and_the_dated_version_but_no_commit(string id)
    {
        var path = drafts.PathOf(id + ".docx");
        DocxValidation.AssertValid(path);
        using var word = new WordFile(path);
        var cover = Section(word.Body, 0);
        var text = string.Join("\n", cover.Select(WordFile.Text));
        Assert.Contains("Unión Europea", text);
        Assert.Contains("AL-LAs", text);
        Assert.Contains("Colección de cuadernos para la internacionalización de las ciudades latinoamericanas", text);
        Assert.Matches(@"Versión: borrador de trabajo · \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}", text);

        var commit = DocxProperties.Read(word.Package, DocxProperties.SourceCommitName);
        Assert.NotNull(commit);
        Assert.DoesNotContain(commit![..7], text);

        // The emblem: a picture whose SVG (Word 2016+) and PNG (older readers, LibreOffice) are both in the package.
        var emblem = Assert.Single(cover.SelectMany(b => b.Descendants<A.Blip>()));
        var paragraph = emblem.Ancestors<Paragraph>().First();
        Assert.Contains("Unión Europea", WordFile.Text(paragraph));
        Assert.Equal(JustifiedBottom, (paragraph.ParagraphProperties?.FrameProperties?.YAlign?.Value, paragraph.ParagraphProperties?.FrameProperties?.VerticalPosition?.Value));
        Assert.Equal("image/png", word.Main.GetPartById(emblem.Embed!.Value!).ContentType);
        var svgBlip = Assert.Single(emblem.Descendants<DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip>());
        var svg = word.Main.GetPartById(svgBlip.Embed!.Value!);
        Assert.Equal("image/svg+xml", svg.ContentType);
        using var reader = new StreamReader(svg.GetStream());
        var svgText = reader.ReadToEnd();
        Assert.Equal(12, System.Text.RegularExpressions.Regex.Matches(svgText, "<polygon").Count);
        Assert.Contains("#003399", svgText);
    }

    private static readonly (DocumentFormat.OpenXml.Wordprocessing.VerticalAlignmentValues?, VerticalAnchorValues?) JustifiedBottom =
        (DocumentFormat.OpenXml.Wordprocessing.VerticalAlignmentValues.Bottom, VerticalAnchorValues.Margin);

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_credits_name_the_authors_and_the_responsible_party_and_print_the_commit_small(string id)
    {
        using var word = new WordFile(drafts.PathOf(id + ".docx"));
        var commit = DocxProperties.Read(word.Package, DocxProperties.SourceCommitName)!;
        var credits = Section(word.Body, 1);
        var text = string.Join("\n", credits.Select(WordFile.Text));
        Assert.Contains("Autoría: Equipo de la asistencia técnica del Taller 2", text);
        Assert.Contains("Responsable de la publicación: Gobierno de la Ciudad de México", text);
        var small = Assert.Single(credits.OfType<Paragraph>(), p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "LetraMenuda");
        Assert.Contains($"fuente {commit[..10]}", WordFile.Text(small));
        Assert.StartsWith("Versión: borrador de trabajo", WordFile.Text(small));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_back_cover_lists_every_partner_with_the_emblem_and_no_running_header(string id)
    {
        using var word = new WordFile(drafts.PathOf(id + ".docx"));
        var back = Section(word.Body, -1);
        var text = string.Join("\n", back.Select(WordFile.Text));
        foreach (var partner in new[] { "Municipalidad Metropolitana de Lima", "Municipio del Distrito Metropolitano de Quito", "Municipio de Medellín",
                     "Prefeitura de Belo Horizonte", "Intendencia de Montevideo", "Municipio de Morón", "Fondo Andaluz de Municipios para la Solidaridad Internacional",
                     "Cités Unies France" })
            Assert.Contains(partner, text);
        Assert.Contains("Financiado por la Unión Europea", text);
        Assert.Single(back.SelectMany(b => b.Descendants<A.Blip>()));

        // One page whose first page has its own header and footer, none defined: blank.
        var last = word.Body.Elements<SectionProperties>().Single();
        Assert.NotNull(last.GetFirstChild<TitlePage>());
        Assert.DoesNotContain(word.Body.Descendants<HeaderReference>(), r => r.Type?.Value == HeaderFooterValues.First);
        Assert.DoesNotContain(word.Body.Descendants<FooterReference>(), r => r.Type?.Value == HeaderFooterValues.First);
    }

    [Fact]
    public void LibreOffice_prints_the_emblem_and_the_visibility_line_on_the_first_and_last_pages()
    {
        var office = LibreOffice.Require();
        var pdf = Pdf.Require();
        using var scratch = RepoPaths.NewTempDir();
        var file = office.ConvertToPdf(drafts.PathOf("resumen-ejecutivo.docx"), scratch.Path);
        var pages = pdf.Pages(file);
        Assert.Contains("Financiado por la Unión Europea", pages[0]);
        Assert.Contains("Resumen ejecutivo del Taller 2", pages[0]);
        Assert.Contains("Financiado por la Unión Europea", pages[^1]);
        Assert.Contains("Cités Unies France", pages[^1]);
        Assert.DoesNotContain("Ciudades al mundo", pages[^1]);
        // The emblem's picture is drawn on both pages (pdfimages lists the images of each page).
        var images = ExternalTool.Run("pdfimages", ["-list", file], scratch.Path);
        var pagesWithImages = images.StdOut.Split('\n').Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length > 2 && c[2] == "image").Select(c => int.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Contains(1, pagesWithImages);
        Assert.Contains(pages.Count, pagesWithImages);
    }
}
