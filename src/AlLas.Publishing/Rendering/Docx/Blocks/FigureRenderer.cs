using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Diagrams;
using AlLas.Publishing.Rendering.Docx.Inlines;
using AlLas.Publishing.Rendering.Docx.Styling;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>
/// The image in a centred paragraph kept with its caption, the caption below it. A figure with a Graphviz
/// source beside its image is drawn from it when dot is installed (SVG, PNG for older readers).
/// </summary>
public sealed class FigureRenderer : DocxObjectRenderer<FigureBlock>
{
    protected override void Write(DocxRenderer renderer, FigureBlock figure)
    {
        renderer.OpenParagraph(StyleIds.Figure);
        if (Graphviz.Draw(figure.ImagePath) is { } diagram) ImageWriter.Write(renderer, diagram, figure.AltText);
        else ImageWriter.Write(renderer, figure.Image, figure.AltText, figure.ImagePath);
        renderer.CloseParagraph();
        Captions.Write(renderer, figure.Target, figure.Caption, keepWithNext: false);
    }
}
