using AlLas.Publishing.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>A numbered figure: the image from the document's asset folder and its caption below.</summary>
public sealed class FigureRenderer : HtmlObjectRenderer<FigureBlock>
{
    protected override void Write(HtmlRenderer renderer, FigureBlock figure)
    {
        var html = (ChapterHtmlRenderer)renderer;
        renderer.Write("<figure class=\"figura\"");
        if (figure.Label is { Length: > 0 } label) renderer.Write(" id=\"").WriteEscape(label).Write('"');
        renderer.Write("><img src=\"").WriteEscapeUrl(HtmlAssets.ImageUrl(html.Document, figure)).Write("\" alt=\"").WriteEscape(figure.AltText).Write("\">");
        renderer.Write("<figcaption><span class=\"rotulo\">").WriteEscape(figure.Target?.CaptionPrefix ?? "Figura").Write(".</span> ");
        renderer.WriteChildren(figure.Caption);
        renderer.WriteLine("</figcaption></figure>");
    }
}
