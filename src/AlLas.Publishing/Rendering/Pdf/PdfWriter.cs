using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering.Docx;

namespace AlLas.Publishing.Rendering.Pdf;

/// <summary>
/// `allas build --format pdf`: the Word draft converted by LibreOffice, with the page numbers of its
/// table of contents set from LibreOffice's own layout first. Only on request: it needs LibreOffice
/// and takes seconds per document.
/// </summary>
public sealed class PdfWriter(string templatesDirectory, LibreOfficePdf? converter = null) : IDocumentWriter
{
    public string Format => "pdf";

    public IReadOnlyList<OutputFile> Write(Document document, Publication publication)
    {
        var libreOffice = converter ?? LibreOfficePdf.Require();
        var (docx, _) = new DocxDocumentWriter(templatesDirectory).Build(document, publication);
        return [new OutputFile($"{document.Id}.pdf", libreOffice.Convert(docx, $"{document.Id}.docx"))];
    }
}
