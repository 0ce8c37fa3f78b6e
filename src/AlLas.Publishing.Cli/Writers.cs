using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering;
using AlLas.Publishing.Rendering.Html;

namespace AlLas.Publishing.Cli;

/// <summary>The output formats the CLI offers.</summary>
public static class Writers
{
    /// <param name="layout">LibreOffice, to lay the Word files out for their table of contents' pages; null: estimated pages.</param>
    public static IReadOnlyList<IDocumentWriter> All(string root, AlLas.Publishing.Rendering.Pdf.LibreOfficePdf? layout = null) =>
    [
        new HtmlWriter(Path.Combine(root, Paths.Templates)),
        new AlLas.Publishing.Rendering.Docx.DocxDocumentWriter(Path.Combine(root, Paths.Templates), layout),
        new AlLas.Publishing.Rendering.Pdf.PdfWriter(Path.Combine(root, Paths.Templates)),
    ];

    /// <summary>What `build` writes without --format; PDF only on request, as it needs LibreOffice.</summary>
    public static IReadOnlyList<string> Default { get; } = ["docx", "html"];
}
