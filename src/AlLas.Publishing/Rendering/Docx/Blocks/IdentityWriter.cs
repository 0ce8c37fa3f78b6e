using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Docx.Styling;
using Markdig.Extensions.CustomContainers;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>The project's logo, when publication.yml names one, above its name.</summary>
internal static class IdentityWriter
{
    /// <summary>Largest logo: 6 by 2 cm, in EMU.</summary>
    private const long MaxWidth = 2160000;
    private const long MaxHeight = 720000;

    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        if (CoverContainers.LogoPath(container) is { } path)
        {
            var context = renderer.Context;
            var (id, info) = context.Image(path,
                () => new SourceException(renderer.Locate(container), "AL0301", $"imagen no encontrada: {path}"),
                () => new SourceException(renderer.Locate(container), "AL0302", $"el logotipo no es PNG ni JPEG: {path}"));
            var (width, height) = InlineDrawing.Fit(info, MaxWidth, MaxHeight);
            renderer.OpenParagraph(StyleIds.CoverText);
            var drawingId = context.NextDrawingId();
            renderer.AppendInline(renderer.NewRun(InlineDrawing.Create(id, drawingId, "Logotipo", "Logotipo del proyecto", width, height)));
            renderer.CloseParagraph();
        }
        renderer.WriteChildren(container);
    }
}
