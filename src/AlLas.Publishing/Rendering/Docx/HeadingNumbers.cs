namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// The numbers Word's heading lists will show, kept alongside so that the entries of the table of
/// contents can carry them as cached text.
/// </summary>
internal sealed class HeadingNumbers
{
    private readonly int[] body = new int[4];
    private readonly int[] annex = new int[4];

    public string? Next(DocxChapterKind kind, int level)
    {
        var index = Math.Clamp(level, 1, 4) - 1;
        switch (kind)
        {
            case DocxChapterKind.Numbered:
                Advance(body, index);
                return string.Join(".", body.Take(index + 1));
            case DocxChapterKind.Annex:
                Advance(annex, index);
                var letter = Letter(annex[0]);
                return index == 0 ? $"Anexo {letter}" : letter + "." + string.Join(".", annex.Skip(1).Take(index));
            default:
                return null;
        }
    }

    private static void Advance(int[] counters, int index)
    {
        counters[index]++;
        for (var i = index + 1; i < counters.Length; i++) counters[i] = 0;
    }

    /// <summary>A, B, ... Z, AA, BB as Word's upperLetter format counts.</summary>
    public static string Letter(int n) => n <= 0 ? "" : new string((char)('A' + (n - 1) % 26), (n - 1) / 26 + 1);
}
