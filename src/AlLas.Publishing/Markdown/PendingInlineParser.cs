using Markdig.Helpers;
using Markdig.Parsers;

namespace AlLas.Publishing.Markdown;

public sealed class PendingInlineParser : InlineParser
{
    private const string Opening = "[" + PendingInline.Marker;

    public PendingInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!slice.MatchLowercase("[pendiente:", 0) && !slice.Match(Opening)) return false;
        var text = slice.Text;
        var start = slice.Start;
        var depth = 0;
        for (var i = start; i <= slice.End; i++)
        {
            if (text[i] == '[') depth++;
            else if (text[i] == ']' && --depth == 0)
            {
                var inline = new PendingInline
                {
                    Text = text.Substring(start + Opening.Length, i - start - Opening.Length).Trim(),
                }.Cover(processor, start, i);
                processor.Inline = inline;
                slice.Start = i + 1;
                return true;
            }
        }
        return false;
    }
}
