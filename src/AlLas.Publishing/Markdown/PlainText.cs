using System.Text;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Markdown;

/// <summary>The text a reader sees in a run of inlines: for titles, TOC entries, word counts and alignment.</summary>
public static class PlainText
{
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        AppendTo(text, inline);
        return text.ToString();
    }

    /// <summary>The same text added to <paramref name="text"/>, for callers that only read it, such as the word count.</summary>
    public static void AppendTo(StringBuilder text, ContainerInline? inline) => Append(inline, text);

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case CrossReferenceInline reference:
                text.Append(reference.Text);
                break;
            case CitationInline citation:
                text.Append(citation.Text);
                break;
            case CriticMarkupInline critic:
                text.Append(critic.AcceptedText);
                break;
            case PendingInline pending:
                text.Append("[PENDIENTE: ").Append(pending.Text).Append(']');
                break;
            case Markdig.Extensions.SmartyPants.SmartyPant smarty:
                text.Append(PublicationMarkdown.Text(smarty));
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, text);
                break;
        }
    }
}
