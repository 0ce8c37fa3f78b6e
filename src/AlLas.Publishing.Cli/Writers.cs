using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering;
using AlLas.Publishing.Rendering.Html;

namespace AlLas.Publishing.Cli;

/// <summary>The output formats the CLI offers.</summary>
public static class Writers
{
    public static IReadOnlyList<IDocumentWriter> All(string root) =>
    [
        new HtmlWriter(Path.Combine(root, Paths.Templates)),
        new AlLas.Publishing.Rendering.Docx.DocxDocumentWriter(Path.Combine(root, Paths.Templates)),
    ];
}
