using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Diagrams;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>
/// The folder beside each page that holds its stylesheet and images, so that the output folder still
/// works when moved or sent as a zip.
/// </summary>
public static class HtmlAssets
{
    public static string Folder(Document document) => $"{document.Id}_archivos";

    public static string ImageUrl(Document document, FigureBlock figure) =>
        $"{Folder(document)}/{ImageName(figure)}";

    /// <summary>
    /// Images keep their file name; chapters of one document share content/media. A figure drawn from its
    /// Graphviz source is its SVG.
    /// </summary>
    public static string ImageName(FigureBlock figure) => Path.GetFileName(ImageSource(figure) ?? figure.Image.Url ?? "imagen");

    /// <summary>The file the page shows for a figure: the SVG drawn from its source, else its image.</summary>
    public static string? ImageSource(FigureBlock figure) => Graphviz.Draw(figure.ImagePath)?.SvgPath ?? figure.ImagePath;
}
