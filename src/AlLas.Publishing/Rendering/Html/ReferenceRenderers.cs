using AlLas.Publishing.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AlLas.Publishing.Rendering.Html;

public sealed class CrossReferenceRenderer : HtmlObjectRenderer<CrossReferenceInline>
{
    protected override void Write(HtmlRenderer renderer, CrossReferenceInline reference)
    {
        if (reference.Form == CrossReferenceForm.Hidden) return;
        renderer.Write("<a class=\"xref\" href=\"#").WriteEscape(reference.Label).Write("\">")
            .WriteEscape(reference.Text).Write("</a>");
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

/// <summary>Proposed changes as a reader of the HTML draft sees them: struck, underlined, and comment notes.</summary>
public sealed class CriticMarkupRenderer : HtmlObjectRenderer<CriticMarkupInline>
{
    protected override void Write(HtmlRenderer renderer, CriticMarkupInline critic)
    {
        switch (critic.Kind)
        {
            case CriticKind.Insert:
                renderer.Write("<ins class=\"critica\">").WriteEscape(critic.Text).Write("</ins>");
                break;
            case CriticKind.Delete:
                renderer.Write("<del class=\"critica\">").WriteEscape(critic.Text).Write("</del>");
                break;
            case CriticKind.Substitute:
                renderer.Write("<del class=\"critica\">").WriteEscape(critic.Text).Write("</del><ins class=\"critica\">").WriteEscape(critic.NewText ?? "").Write("</ins>");
                break;
            case CriticKind.Highlight:
                renderer.Write("<mark class=\"critica\">").WriteEscape(critic.Text).Write("</mark>");
                if (critic.Comment is not null) WriteComment(renderer, critic.Comment);
                break;
            case CriticKind.Comment:
                WriteComment(renderer, critic.Text);
                break;
        }
    }

    private static void WriteComment(HtmlRenderer renderer, string comment) =>
        renderer.Write("<span class=\"comentario-critico\" role=\"note\"><b>Comentario:</b> ").WriteEscape(comment).Write("</span>");
}
