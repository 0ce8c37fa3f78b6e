using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Tools;

public class DocxValidationTests
{
    [Fact]
    public void A_well_formed_document_has_no_errors()
    {
        using var tmp = RepoPaths.NewTempDir();
        var docx = SampleDocx.ThreeParagraphsTwoPages(tmp.File("muestra.docx"));

        Assert.Empty(DocxValidation.Errors(docx));
        DocxValidation.AssertValid(docx);
    }

    [Fact]
    public void A_misplaced_element_is_listed_with_its_part_and_path()
    {
        using var tmp = RepoPaths.NewTempDir();
        var docx = SampleDocx.ThreeParagraphsTwoPages(tmp.File("roto.docx"));
        using (var doc = WordprocessingDocument.Open(docx, true))
        {
            // A paragraph inside a run: Word refuses to open this.
            var run = doc.MainDocumentPart!.Document.Body!.Descendants<Run>().First();
            run.AppendChild(new Paragraph(new Run(new Text("dentro"))));
        }

        var errors = DocxValidation.Errors(docx);
        var failure = Assert.ThrowsAny<Exception>(() => DocxValidation.AssertValid(docx));

        Assert.NotEmpty(errors);
        Assert.Contains("/word/document.xml", failure.Message);
        Assert.Contains("/w:document[1]/w:body[1]/w:p[1]/w:r[1]", failure.Message);
        Assert.Contains("1 Open XML validation error", failure.Message);
    }
}
