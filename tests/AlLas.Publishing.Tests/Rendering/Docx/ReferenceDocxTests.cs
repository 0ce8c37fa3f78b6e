using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Tests.Rendering.Docx;

/// <summary>The pandoc convention: styles come from templates/reference.docx, which a designer restyles in Word.</summary>
public sealed class ReferenceDocxTests
{
    [Fact]
    public void The_reference_docx_command_writes_a_valid_document_showing_every_style()
    {
        using var dir = RepoPaths.NewTempDir();
        var path = dir.File("referencia.docx");

        var result = Allas.RunInProcess("reference-docx", "--out", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("escrito", result.StdOut);
        DocxValidation.AssertValid(path);
        using var word = new WordFile(path);
        var used = word.Paragraphs.Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value).OfType<string>().ToHashSet();
        string[] shown = ["Title", "Subtitle", "DatosPortada", "TOCHeading", "BodyText", "AvisoUE", "Heading1", "Heading2", "Heading3", "Heading4",
            "Anexo", "BlockText", "ListParagraph", "Caption", "TextoTabla", "Codigo", "TOC1", "TOC2", "TOC3"];
        Assert.Empty(shown.Except(used));
    }

    [Fact]
    public void A_restyled_reference_gives_its_styles_and_page_setup_to_the_build()
    {
        using var mini = new MiniPublication();
        var reference = mini.PathOf("templates/reference.docx");
        using (var doc = WordprocessingDocument.Open(reference, true))
        {
            var heading = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId!.Value == "Heading1");
            heading.StyleRunProperties!.Color = new Color { Val = "C00000" };
            var margins = doc.MainDocumentPart.Document!.Body!.Elements<SectionProperties>().Last().GetFirstChild<PageMargin>()!;
            margins.Left = 2268U;
        }

        using var word = Build(mini);

        var built = word.Styles.Elements<Style>().Single(s => s.StyleId!.Value == "Heading1");
        Assert.Equal("C00000", built.StyleRunProperties!.Color!.Val!.Value);
        Assert.All(word.Body.Descendants<SectionProperties>().Where(s => s.GetFirstChild<PageSize>()!.Orient is null),
            s => Assert.Equal(2268U, s.GetFirstChild<PageMargin>()!.Left!.Value));
    }

    [Fact]
    public void A_reference_saved_by_Word_in_Spanish_keeps_working()
    {
        // Word in Spanish names new built-in styles with localized ids; the names stay English.
        using var mini = new MiniPublication();
        var reference = mini.PathOf("templates/reference.docx");
        using (var doc = WordprocessingDocument.Open(reference, true))
        {
            var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            foreach (var style in styles.Elements<Style>().Where(s => s.StyleId!.Value == "Heading1")) style.StyleId = "Ttulo1";
            foreach (var basedOn in styles.Descendants<BasedOn>().Where(b => b.Val!.Value == "Heading1")) basedOn.Val = "Ttulo1";
            foreach (var link in doc.MainDocumentPart.NumberingDefinitionsPart!.Numbering!.Descendants<ParagraphStyleIdInLevel>().Where(p => p.Val!.Value == "Heading1"))
                link.Val = "Ttulo1";
        }

        using var word = Build(mini);

        Assert.DoesNotContain(word.Styles.Elements<Style>(), s => s.StyleId!.Value == "Ttulo1");
        var heading = word.Styles.Elements<Style>().Single(s => s.StyleId!.Value == "Heading1");
        Assert.Equal("heading 1", heading.StyleName!.Val!.Value);
        Assert.Equal("Heading1", word.Styles.Elements<Style>().Single(s => s.StyleId!.Value == "Anexo").BasedOn!.Val!.Value);
        Assert.Equal(["Presentación", "Las oficinas"], word.WithStyle("Heading1").Select(WordFile.Text));
    }

    [Fact]
    public void Without_a_reference_the_built_in_styles_serve()
    {
        using var mini = new MiniPublication();
        File.Delete(mini.PathOf("templates/reference.docx"));

        using var word = Build(mini);

        Assert.Contains(word.Styles.Elements<Style>(), s => s.StyleId!.Value == "Anexo");
        Assert.Equal(11906U, word.Body.Descendants<SectionProperties>().First().GetFirstChild<PageSize>()!.Width!.Value);
    }

    [Fact]
    public void A_reference_that_is_not_a_Word_file_stops_the_build_with_exit_code_2()
    {
        using var mini = new MiniPublication();
        File.WriteAllText(mini.PathOf("templates/reference.docx"), "no soy un docx");
        using var output = RepoPaths.NewTempDir();

        var result = Allas.Run(mini.Root, "build", "--format", "docx", "--out", output.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("reference.docx", result.StdErr);
        Assert.Contains("AL0303", result.StdErr);
        Assert.Empty(Directory.GetFiles(output.Path, "*", SearchOption.AllDirectories));
    }

    private static WordFile Build(MiniPublication mini)
    {
        var publication = mini.Load();
        var file = new DocxDocumentWriter(mini.PathOf("templates")).Write(publication.Documents[0], publication).Single();
        var path = mini.PathOf("informe.docx");
        File.WriteAllBytes(path, file.Content);
        DocxValidation.AssertValid(path);
        return new WordFile(file.Content);
    }
}
