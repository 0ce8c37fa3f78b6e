using System.Text;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Docx.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Tables;

/// <summary>
/// The words of a table cell as the Word file prints them, each with whether it is set in bold:
/// what a column's width is measured on.
/// </summary>
internal static class CellText
{
    public readonly record struct Word(string Text, bool Bold);

    /// <summary>Each paragraph of the cell as one line of words.</summary>
    public static IEnumerable<List<Word>> Paragraphs(ContainerBlock cell, bool header)
    {
        foreach (var leaf in cell.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null) continue;
            var pieces = new List<(string Text, bool Bold)>();
            Collect(leaf.Inline, header, pieces);
            yield return Words(pieces);
        }
    }

    private static void Collect(ContainerInline container, bool bold, List<(string, bool)> pieces)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case EmphasisInline emphasis:
                    Collect(emphasis, bold || emphasis.DelimiterCount >= 2, pieces);
                    break;
                case ContainerInline inner:
                    Collect(inner, bold, pieces);
                    break;
                case LiteralInline literal:
                    pieces.Add((literal.Content.ToString(), bold));
                    break;
                case CodeInline code:
                    pieces.Add((code.Content, bold));
                    break;
                case HtmlEntityInline entity:
                    pieces.Add((entity.Transcoded.ToString(), bold));
                    break;
                case CrossReferenceInline reference:
                    pieces.Add((reference.Text, bold));
                    break;
                case CitationInline citation:
                    pieces.Add((citation.Text ?? "", bold));
                    break;
                case PendingInline pending:
                    pieces.Add((PendingRenderer.Prefix + pending.Text, true));
                    break;
                case LineBreakInline:
                    pieces.Add((" ", bold));
                    break;
            }
        }
    }

    /// <summary>
    /// Splits at spaces, and after a hyphen or a dash, where a line may break without cutting a word.
    /// A word set partly in bold keeps its widest reading: bold.
    /// </summary>
    private static List<Word> Words(List<(string Text, bool Bold)> pieces)
    {
        var words = new List<Word>();
        var current = new StringBuilder();
        var bold = false;
        void Flush()
        {
            if (current.Length > 0) words.Add(new Word(current.ToString(), bold));
            current.Clear();
            bold = false;
        }
        foreach (var (text, pieceBold) in pieces)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) && c != '\u00A0')
                {
                    Flush();
                    continue;
                }
                current.Append(c);
                bold |= pieceBold;
                if (c is '-' or '–' or '—' or '/') Flush();
            }
        }
        Flush();
        return words;
    }
}
