namespace AlLas.Publishing.Review.Import;

/// <summary>
/// Bold and italic turned on or off by a reviewer, written as Markdown emphasis: ** for bold, * for
/// italic, *** for both, around the words (the spaces at either end stay outside). Turning emphasis
/// off removes the marks that enclose exactly those words; emphasis that covers more or less than the
/// change, or words holding other Markdown, is left to the writers.
/// </summary>
public static class EmphasisEdit
{
    private const string Markup = "*_`[]{}<>\\|#@";

    public static (int Start, int End, string Text, string? Conflict) Apply(string text, int start, int end, RunFormatting change, bool critic)
    {
        var s = start;
        var e = end;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (s == e) return No("el cambio de formato no toca ninguna palabra en la fuente");
        var words = text[s..e];
        if (words.Contains("\n\n", StringComparison.Ordinal) || words.IndexOfAny(Markup.ToCharArray()) >= 0)
            return No("el texto con el cambio de formato contiene otras marcas de Markdown: decida a mano");
        if (change.Bold is null && change.Italic is null) return No("el cambio de formato no es negrita ni cursiva");

        var (before, after) = Enclosing(text, s, e);
        (bool Bold, bool Italic)? current = before.Length switch
        {
            0 => (false, false),
            1 => (false, true),
            2 => (true, false),
            3 => (true, true),
            _ => null,
        };
        if (current is not { } was) return No("el formato del texto en la fuente no se reconoce: decida a mano");
        if (change.Bold == false && !was.Bold || change.Italic == false && !was.Italic)
            return No("el texto no tiene en la fuente el formato que el cambio quita (o lo tiene sobre más o menos palabras): decida a mano");
        var bold = change.Bold ?? was.Bold;
        var italic = change.Italic ?? was.Italic;
        if ((bold, italic) == was) return No("el texto ya tiene ese formato en la fuente");
        // The writer's own mark (* or _) is kept where there was one.
        var mark = before.Length > 0 ? before[0] : '*';
        var marks = new string(mark, (bold ? 2 : 0) + (italic ? 1 : 0));
        var from = s - before.Length;
        var to = e + after.Length;
        var written = marks + words + marks;
        return (from, to, critic ? $"{{~~{text[from..to]}~>{written}~~}}" : written, null);
    }

    /// <summary>The emphasis marks right around [s, e), the same run on both sides ("**" ... "**"), or empty.</summary>
    private static (string Before, string After) Enclosing(string text, int s, int e)
    {
        var b = s;
        while (b > 0 && text[b - 1] is '*' or '_') b--;
        var a = e;
        while (a < text.Length && text[a] is '*' or '_') a++;
        var before = text[b..s];
        var after = text[e..a];
        if (before.Length == 0 || before != after || before.Distinct().Count() > 1) return ("", "");
        return (before, after);
    }

    private static (int, int, string, string?) No(string conflict) => (0, 0, "", conflict);
}
