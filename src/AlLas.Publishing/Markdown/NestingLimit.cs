using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Markdown;

/// <summary>
/// Markdown nested deeper than any publication needs (quotes in quotes, lists in lists, emphasis in
/// emphasis, thousands deep) is refused where it starts, before Markdig's own limit (128) ends the
/// parse or a renderer with an exception that names no place. A note that cites a note, itself
/// included, is refused too: Word has no notes in notes, and a note citing itself never ends.
/// </summary>
public static class NestingLimit
{
    /// <summary>Containers and inlines inside one another; half of Markdig's limit, as a renderer adds levels of its own.</summary>
    public const int MaxDepth = 64;

    /// <summary>The offset of the first line whose quote and list markers (and indentation) open more than <see cref="MaxDepth"/> levels, or -1.</summary>
    public static int DeepLine(string text)
    {
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var depth = 0;
            var spaces = 0;
            var i = lineStart;
            while (i < text.Length && text[i] != '\n')
            {
                var c = text[i];
                if (c == ' ') spaces++;
                else if (c == '\t') spaces += 4;
                else if (c == '>') depth++;
                else if (c is '-' or '+' or '*' && i + 1 < text.Length && text[i + 1] is ' ' or '\t') depth++;
                else if (char.IsAsciiDigit(c)) { }
                else if (c is '.' or ')' && i > lineStart && char.IsAsciiDigit(text[i - 1])) depth++;
                else break;
                if (depth + spaces / 2 > MaxDepth) return lineStart;
                i++;
            }
            var end = text.IndexOf('\n', i);
            lineStart = end < 0 ? text.Length : end + 1;
        }
        return -1;
    }

    /// <summary>The first node nested past <see cref="MaxDepth"/>, or a note's reference inside a note; walked without recursion.</summary>
    public static (MarkdownObject Node, bool NoteInNote)? Find(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth, bool InNote)>();
        stack.Push((document, 0, false));
        while (stack.Count > 0)
        {
            var (node, depth, inNote) = stack.Pop();
            if (depth > MaxDepth) return (node, false);
            if (inNote && node is FootnoteLink { IsBackLink: false }) return (node, true);
            switch (node)
            {
                case ContainerBlock container:
                    var note = inNote || container is Footnote;
                    for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], depth + 1, note));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1, inNote));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, depth + 1, inNote));
                    break;
            }
        }
        return null;
    }
}
