using AlLas.Publishing.Rendering.Diagrams;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>An image of the Markdown as an inline drawing; its alt text is the link's text.</summary>
internal static class ImageWriter
{
    public static void Write(DocxRenderer renderer, LinkInline image, string? altText = null, string? fullPath = null)
    {
        var context = renderer.Context;
        var url = image.Url ?? "";
        var path = fullPath ?? renderer.ResolvePath(url);
        var (id, info) = context.Image(path,
            () => new SourceException(renderer.Locate(image), "AL0301", $"imagen no encontrada: {url}"),
            () => new SourceException(renderer.Locate(image), "AL0302", $"la imagen no es PNG ni JPEG: {url}"));
        var (width, height) = InlineDrawing.Fit(info, context.TextWidthEmu, context.TextHeightEmu * 9 / 10);
        var drawingId = context.NextDrawingId();
        var alt = altText ?? AlLas.Publishing.Markdown.PlainText.Of(image);
        var drawing = InlineDrawing.Create(id, drawingId, $"Imagen {drawingId}", alt, width, height);
        renderer.AppendInline(renderer.NewRun(drawing));
    }

    /// <summary>A diagram drawn by the build: the SVG with its PNG fallback, at the SVG's print size (never enlarged).</summary>
    public static void Write(DocxRenderer renderer, Diagram diagram, string altText)
    {
        var context = renderer.Context;
        var picture = context.Picture(diagram.SvgPath, () => (diagram.Png, diagram.Svg));
        var scale = Math.Min(1.0, Math.Min(context.TextWidthEmu / (double)diagram.WidthEmu, context.TextHeightEmu * 0.9 / diagram.HeightEmu));
        var (width, height) = ((long)Math.Round(diagram.WidthEmu * scale), (long)Math.Round(diagram.HeightEmu * scale));
        var drawingId = context.NextDrawingId();
        var drawing = InlineDrawing.Create(picture.PngId, drawingId, $"Imagen {drawingId}", altText, width, height, picture.SvgId);
        renderer.AppendInline(renderer.NewRun(drawing));
    }
}
