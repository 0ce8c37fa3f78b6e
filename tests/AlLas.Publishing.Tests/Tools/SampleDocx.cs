using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Tools;

/// <summary>Small inputs for the wrappers' self-tests, made here so that no fixture can drift.</summary>
internal static class SampleDocx
{
    /// <summary>Three paragraphs, the third after a page break: two pages in any word processor.</summary>
    public static string ThreeParagraphsTwoPages(string path)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new Document(new Body(
            new Paragraph(new Run(new Text("Primer párrafo de la prueba."))),
            new Paragraph(new Run(new Text("Segundo párrafo de la prueba."))),
            new Paragraph(new Run(new Break { Type = BreakValues.Page }), new Run(new Text("Tercer párrafo, ya en otra página."))),
            new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1701U, Right = 1701U, Header = 709U, Footer = 709U, Gutter = 0U })));
        return path;
    }

    public static string OneParagraph(string path, string text)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text(text)))));
        return path;
    }

    /// <summary>A file of the corpus of real reviewed docx (Support/Corpus.cs says where it lives).</summary>
    public static string CorpusFile(string relative)
    {
        var path = Path.Combine(Corpus.Directory, relative);
        if (!File.Exists(path))
            ExternalTool.Unavailable("the review corpus file " + relative,
                "it ships in tests/corpus/review-docx; ALLAS_CORPUS names another folder");
        return path;
    }

    /// <summary>w:ins, w:del (runs and paragraph marks) and moves in the main document part.</summary>
    public static int TrackedChanges(string docx)
    {
        using var doc = WordprocessingDocument.Open(docx, false);
        return doc.MainDocumentPart!.Document.Descendants().Count(e =>
            e is InsertedRun or DeletedRun or Inserted or Deleted or MoveFromRun or MoveToRun);
    }
}
