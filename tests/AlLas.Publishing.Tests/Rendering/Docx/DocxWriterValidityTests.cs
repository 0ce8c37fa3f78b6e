using AlLas.Publishing.Rendering.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace AlLas.Publishing.Tests.Rendering.Docx;

/// <summary>The sample publication, checked by the programs that will open the real ones.</summary>
public sealed class DocxWriterValidityTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("allas-docx-").FullName;

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("ALLAS_KEEP_TEMP") != "1") Directory.Delete(folder, recursive: true);
    }

    private string WriteSample(string name = "ejemplo.docx")
    {
        var path = Path.Combine(folder, name);
        DocxWriter.Write(SampleManuscript.Create(), SampleManuscript.Options, path);
        return path;
    }

    [Fact]
    public void OpenXmlValidator_FindsNoErrors_AtTheNewestFileFormat()
    {
        var path = WriteSample();
        using var doc = WordprocessingDocument.Open(path, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void SameSources_GiveByteIdenticalFiles()
    {
        var first = File.ReadAllBytes(WriteSample("a.docx"));
        var second = File.ReadAllBytes(WriteSample("b.docx"));
        Assert.True(first.AsSpan().SequenceEqual(second), "two builds of the same manuscript differ");
    }

    [Fact]
    public void LibreOffice_ConvertsItToPdf()
    {
        var pdf = DocxTools.ConvertToPdf(WriteSample());
        var pages = DocxTools.PdfPages(pdf);
        // Cover, credits, disclaimer, contents, presentation, chapter (with a landscape page), annex.
        Assert.InRange(pages, 7, 14);
        var text = DocxTools.PdfText(pdf);
        Assert.Contains("Ciudades al mundo", text);
        Assert.Contains("Proyecto financiado por la UE", text);
        Assert.Contains("Recursos humanos", text);
    }
}
