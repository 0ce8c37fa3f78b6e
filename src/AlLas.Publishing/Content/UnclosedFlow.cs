namespace AlLas.Publishing.Content;

/// <summary>
/// Finds the [ or { of a YAML flow collection that is never closed. The YAML scanner only notices
/// such a bracket where it gives up, often on a later line; the writer needs the line they typed it on.
/// </summary>
internal static class UnclosedFlow
{
    /// <summary>The offset of the first bracket still open at <paramref name="end"/>, or null.</summary>
    public static int? Find(string text, int end)
    {
        var open = new Stack<int>();
        var quote = '\0';
        var previous = '\n';
        for (var i = 0; i < Math.Min(end, text.Length); i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }
            switch (c)
            {
                case '#' when previous is ' ' or '\t' or '\n':
                    while (i + 1 < text.Length && text[i + 1] != '\n') i++;
                    continue;
                case '\'' or '"' when StartsValue(previous):
                    quote = c;
                    break;
                // In block context a bracket in the middle of a plain value is just text.
                case '[' or '{' when StartsValue(previous) || open.Count > 0:
                    open.Push(i);
                    break;
                case ']' or '}' when open.Count > 0:
                    open.Pop();
                    break;
            }
            if (c is not ' ' and not '\t' and not '\r') previous = c;
        }
        return open.Count > 0 ? open.Last() : null;
    }

    private static bool StartsValue(char previous) => previous is '\n' or ':' or '-' or ',' or '[' or '{' or '?';
}
