using Markdig.Helpers;
using Markdig.Parsers;

namespace AlLas.Publishing.Markdown;

public sealed class CitationInlineParser : InlineParser
{
    public CitationInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@') return false;
        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf(']', start, slice.End - start + 1);
        if (close < 0) return false;

        var items = new List<CitationItem>();
        foreach (var part in text.Substring(start + 1, close - start - 1).Split(';'))
        {
            var item = part.Trim();
            if (item.Length < 2 || item[0] != '@') return false;
            var keyEnd = 1;
            while (keyEnd < item.Length && CrossReferenceInlineParser.IsLabelChar(item[keyEnd])) keyEnd++;
            var key = item[1..keyEnd].TrimEnd('.', ':');
            var rest = item[(1 + key.Length)..].Trim();
            if (key.Length == 0 || (rest.Length > 0 && rest[0] != ',')) return false;
            items.Add(new CitationItem(key, rest.Length > 0 ? rest[1..].Trim() : null));
        }

        processor.Inline = new CitationInline
        {
            Items = items,
        }.Cover(processor, start, close);
        slice.Start = close + 1;
        return true;
    }
}
