using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Markdown;

internal static class InlineSpan
{
    /// <summary>Gives an inline our parsers made the span of text [start, end] it was read from.</summary>
    public static T Cover<T>(this T inline, InlineProcessor processor, int start, int end) where T : Inline
    {
        inline.Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end));
        inline.Line = line;
        inline.Column = column;
        return inline;
    }
}
