using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>A chapter's footnotes at its end, numbered on from the previous chapters'.</summary>
public sealed class ChapterFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        var html = (ChapterHtmlRenderer)renderer;
        renderer.WriteLine($"<section class=\"notas\" aria-label=\"Notas\"><hr><ol start=\"{html.FootnotesBefore + 1}\">");
        foreach (var footnote in group.OfType<Footnote>())
        {
            var id = html.FootnoteId(footnote.Order);
            renderer.WriteLine($"<li id=\"{id}\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol></section>");
    }
}

public sealed class ChapterFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var html = (ChapterHtmlRenderer)renderer;
        var id = html.FootnoteId(link.Footnote.Order);
        if (link.IsBackLink)
        {
            renderer.Write($"<a class=\"volver\" href=\"#ref-{id}\" aria-label=\"Volver al texto\">↩</a>");
            return;
        }
        var number = html.FootnotesBefore + link.Footnote.Order;
        var refId = link.Index == 0 ? $" id=\"ref-{id}\"" : "";
        renderer.Write($"<a class=\"llamada\" href=\"#{id}\"{refId}><sup>{number}</sup></a>");
    }
}
