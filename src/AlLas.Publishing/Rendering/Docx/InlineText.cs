using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>The plain text of inlines, as the table of contents shows a heading.</summary>
public static class InlineText
{
    /// <summary>Extra inline kinds (cross-references, citations) say their text here.</summary>
    public static Func<Inline, string?>? Custom { get; set; }

    public static string Of(ContainerInline? container)
    {
        var sb = new StringBuilder();
        Append(sb, container);
        return sb.ToString().Trim();
    }

    private static void Append(StringBuilder sb, Inline? inline)
    {
        switch (inline)
        {
            case null:
            case FootnoteLink:
                return;
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                sb.Append(code.Content);
                return;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                return;
            case LineBreakInline:
                sb.Append(' ');
                return;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(sb, child);
                return;
            default:
                if (Custom?.Invoke(inline) is { } text) sb.Append(text);
                return;
        }
    }
}
