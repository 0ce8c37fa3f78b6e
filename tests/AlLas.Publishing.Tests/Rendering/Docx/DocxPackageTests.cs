using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Tests.Rendering.Docx;

/// <summary>The Word file of a hand-made publication, checked by the programs that will open the real ones.</summary>
public sealed class DocxPackageTests
{
    private static string WriteSample(TempDir dir, string name = "ejemplo.docx")
    {
        var path = dir.File(name);
        DocxWriter.Write(SampleManuscript.Create(), SampleManuscript.Options, path);
        return path;
    }

    [Fact]
    public void The_Open_XML_validator_finds_no_error_at_the_newest_file_format()
    {
        using var dir = RepoPaths.NewTempDir();
        DocxValidation.AssertValid(WriteSample(dir));
    }

    [Fact]
    public void The_same_sources_give_byte_identical_files()
    {
        using var dir = RepoPaths.NewTempDir();
        var first = File.ReadAllBytes(WriteSample(dir, "a.docx"));
        var second = File.ReadAllBytes(WriteSample(dir, "b.docx"));
        Assert.True(first.AsSpan().SequenceEqual(second), "two builds of the same manuscript differ");

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
    }

    [Fact]
    public void LibreOffice_converts_it_to_a_PDF_with_header_footer_and_page_numbers()
    {
        var office = LibreOffice.Require();
        var pdf = Pdf.Require();
        using var dir = RepoPaths.NewTempDir();
        var pdfPath = office.ConvertToPdf(WriteSample(dir));

        var count = pdf.PageCount(pdfPath);
        // Cover; credits, disclaimer, contents (i–iii); presentation, chapter, landscape table,
        // the rest of the chapter (1–4); annex (5).
        Assert.Equal(9, count);
        var cover = pdf.Text(pdfPath, 1, 1);
        Assert.DoesNotContain("Ciudades al mundo", cover);
        Assert.DoesNotContain("Proyecto financiado por la UE", cover);
        var numbers = new List<string>();
        for (var page = 2; page <= count; page++)
        {
            var lines = pdf.Text(pdfPath, page, page, layout: true).Split('\n').Select(l => l.Trim()).ToList();
            Assert.Contains("Ciudades al mundo", lines);
            var footer = Assert.Single(lines, l => l.StartsWith("Proyecto financiado por la UE", StringComparison.Ordinal));
            numbers.Add(footer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last());
        }
        Assert.Equal(["i", "ii", "iii", "1", "2", "3", "4", "5"], numbers);
    }

    [Fact]
    public void A_missing_image_names_its_source_line_and_leaves_the_previous_file_alone()
    {
        using var dir = RepoPaths.NewTempDir();
        var path = dir.File("ejemplo.docx");
        File.WriteAllText(path, "versión anterior");
        var manuscript = SampleManuscript.Create() with
        {
            Chapters = [SampleManuscript.Chapter("# Capítulo\n\nTexto.\n\n![Falta](no-existe.png)\n", DocxChapterKind.Numbered, "content/ejemplo/01-capitulo.md")],
        };

        var error = Assert.Throws<SourceException>(() => DocxWriter.Write(manuscript, SampleManuscript.Options, path));

        Assert.Equal("content/ejemplo/01-capitulo.md(5,1)", error.Location);
        Assert.Contains("no-existe.png", error.Message);
        Assert.Equal("versión anterior", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void An_image_that_is_neither_PNG_nor_JPEG_is_a_source_error()
    {
        using var dir = RepoPaths.NewTempDir();
        File.WriteAllText(dir.File("falso.png"), "<svg/>");
        var chapter = new DocxChapter(
            Markdig.Markdown.Parse("Texto ![Gráfico](falso.png)", SampleManuscript.Pipeline), DocxChapterKind.Numbered, "content/x/01.md", dir.Path);

        var error = Assert.Throws<SourceException>(() =>
            DocxWriter.Build(SampleManuscript.Create() with { Chapters = [chapter] }, SampleManuscript.Options));

        Assert.Equal("content/x/01.md(1,7)", error.Location);
        Assert.Equal("AL0302", error.Code);
    }

    [Fact]
    public void The_estimated_pages_are_those_LibreOffice_lays_out()
    {
        var office = LibreOffice.Require();
        var pdf = Pdf.Require();
        using var dir = RepoPaths.NewTempDir();
        var path = dir.File("ejemplo.docx");
        var result = DocxWriter.Write(SampleManuscript.Create(), SampleManuscript.Options, path);

        Assert.Equal(pdf.PageCount(office.ConvertToPdf(path)), result.TotalPages);
        Assert.Equal(4, result.BodyPages);
        Assert.Equal(1, result.AnnexPages);

        // The table of contents carries the same page numbers as cached field results.
        using var word = new WordFile(path);
        var toc = word.WithStyle("TOC1").Concat(word.WithStyle("TOC2")).Concat(word.WithStyle("TOC3"))
            .Select(p => WordFile.Fields(p).Last(f => f.Code.StartsWith("PAGEREF")).Result).ToList();
        Assert.Equal(["1", "2", "2", "2", "5", "5"], toc.Order());
    }
}
