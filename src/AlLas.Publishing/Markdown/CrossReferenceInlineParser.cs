using Markdig.Helpers;
using Markdig.Parsers;

namespace AlLas.Publishing.Markdown;

public sealed class CrossReferenceInlineParser : InlineParser
{
    public CrossReferenceInlineParser() => OpeningCharacters = ['@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        // An address such as quito@example.org is not a reference.
        var previous = slice.PeekCharExtra(-1);
        if (char.IsLetterOrDigit(previous)) return false;

        var text = slice.Text;
        var start = slice.Start;
        var prefix = CrossReferenceInline.Prefixes.FirstOrDefault(p => string.CompareOrdinal(text, start + 1, p, 0, p.Length) == 0);
        if (prefix is null) return false;

        var end = start + 1 + prefix.Length;
        while (end <= slice.End && IsLabelChar(text[end])) end++;
        // A sentence may end right after the label: "véase @fig-fases." or "(@tbl-socios-)".
        while (end > start + 1 + prefix.Length && !char.IsLetterOrDigit(text[end - 1])) end--;
        if (end == start + 1 + prefix.Length) return false;

        processor.Inline = new CrossReferenceInline
        {
            Label = text.Substring(start + 1, end - start - 1),
        }.Cover(processor, start, end - 1);
        slice.Start = end;
        return true;
    }

    internal static bool IsLabelChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}
