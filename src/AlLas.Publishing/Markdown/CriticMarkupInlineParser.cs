using Markdig.Helpers;
using Markdig.Parsers;

namespace AlLas.Publishing.Markdown;

public sealed class CriticMarkupInlineParser : InlineParser
{
    private static readonly (string Open, string Close, CriticKind Kind)[] Marks =
    [
        ("{++", "++}", CriticKind.Insert),
        ("{--", "--}", CriticKind.Delete),
        ("{~~", "~~}", CriticKind.Substitute),
        ("{==", "==}", CriticKind.Highlight),
        ("{>>", "<<}", CriticKind.Comment),
    ];

    public CriticMarkupInlineParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        foreach (var (open, close, kind) in Marks)
        {
            if (!slice.Match(open)) continue;
            var end = text.IndexOf(close, start + open.Length, slice.End - start - open.Length + 1, StringComparison.Ordinal);
            if (end < 0) return false;
            var body = text.Substring(start + open.Length, end - start - open.Length);
            var last = end + close.Length - 1;

            string? newText = null;
            string? comment = null;
            if (kind == CriticKind.Substitute)
            {
                var arrow = body.IndexOf("~>", StringComparison.Ordinal);
                if (arrow < 0) return false;
                newText = body[(arrow + 2)..];
                body = body[..arrow];
            }
            // A highlight owns the comment written right after it.
            if (kind == CriticKind.Highlight && last + 3 <= slice.End && string.CompareOrdinal(text, last + 1, "{>>", 0, 3) == 0)
            {
                var commentEnd = text.IndexOf("<<}", last + 4, slice.End - last - 3, StringComparison.Ordinal);
                if (commentEnd >= 0)
                {
                    comment = text.Substring(last + 4, commentEnd - last - 4);
                    last = commentEnd + 2;
                }
            }

            processor.Inline = new CriticMarkupInline
            {
                Kind = kind,
                Text = body,
                NewText = newText,
                Comment = comment,
            }.Cover(processor, start, last);
            slice.Start = last + 1;
            return true;
        }
        return false;
    }
}
