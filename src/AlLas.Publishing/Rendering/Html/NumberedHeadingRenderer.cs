using AlLas.Publishing.Content;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>Headings carry their number ("4.2", "Anexo B") and the anchor the navigation links to.</summary>
public sealed class NumberedHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var html = (ChapterHtmlRenderer)renderer;
        var chapter = html.Chapter!;
        var tag = chapter.Kind == ChapterKind.Cover
            ? heading.Level == 1 ? "h1" : "p"
            : $"h{Math.Min(6, heading.Level + 1)}";
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        if (html.Document.Numbering.HeadingNumber(heading) is { } number)
        {
            var label = chapter.Kind == ChapterKind.Annex && heading.Level == 1 ? $"Anexo {number}" : number;
            renderer.Write("<span class=\"numero\">").WriteEscape(label).Write("</span> ");
        }
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
