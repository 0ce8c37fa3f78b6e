using AlLas.Publishing.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AlLas.Publishing.Rendering.Html;

public sealed class CrossReferenceRenderer : HtmlObjectRenderer<CrossReferenceInline>
{
    protected override void Write(HtmlRenderer renderer, CrossReferenceInline reference)
    {
        renderer.Write("<a class=\"xref\" href=\"#").WriteEscape(reference.Label).Write("\">")
            .WriteEscape(reference.Target?.DisplayText ?? reference.Label).Write("</a>");
    }
}

public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        renderer.Write("<cite class=\"cita\">").WriteEscape(citation.Text ?? "").Write("</cite>");
    }
}

public sealed class PendingRenderer : HtmlObjectRenderer<PendingInline>
{
    protected override void Write(HtmlRenderer renderer, PendingInline pending)
    {
        renderer.Write("<mark class=\"pendiente\"><b>Pendiente:</b> ").WriteEscape(pending.Text).Write("</mark>");
    }
}

public sealed class BibliographyRenderer : HtmlObjectRenderer<BibliographyBlock>
{
    protected override void Write(HtmlRenderer renderer, BibliographyBlock block)
    {
        renderer.WriteLine("<div class=\"bibliografia\">");
        renderer.WriteChildren(block);
        renderer.WriteLine("</div>");
    }
}
