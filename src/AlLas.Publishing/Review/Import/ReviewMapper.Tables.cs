using AlLas.Publishing.Content;

namespace AlLas.Publishing.Review.Import;

/// <summary>Table rows a reviewer inserted or deleted, as lines of a pipe table.</summary>
public sealed partial class ReviewMapper
{
    public const string TemplateTable = "la tabla la escribe una plantilla o un dato: cambie la fila en su origen a mano";
    public const string NotPipeTable = "la tabla no es una tabla de barras (|) de una línea por fila: decida a mano";

    /// <summary>
    /// A row inserted: its cells, and the point after the source line of the row above it (after the
    /// delimiter line when that row is the heading), where `review apply` writes it as a new line.
    /// </summary>
    private ItemMapping RowInsert(DocxLocation location)
    {
        var cells = Cells(location, shown: true);
        var above = Enumerable.Range(0, location.Paragraph).Reverse()
            .Select(p => where.TryGetValue((location.Part, p), out var at) ? at.Paragraph : null)
            .FirstOrDefault(p => p is not null && p.Target is not null && p.Text.Trim().Length > 0);
        var last = above is null ? (SourceChar?)null : Mapped(above, 0, above.Text.Length).Select(c => (SourceChar?)c).LastOrDefault();
        if (last is not { } c) return ItemMapping.None(NoParagraph) with { Cells = cells, Manual = "no se encuentra en las fuentes la fila anterior: decida a mano" };
        var mapping = ItemMapping.To(Located(c.Source, c.Start, c.End)) with { Cells = cells };
        if (!c.Verbatim) return mapping with { Manual = TemplateTable };
        var (start, end) = LineAt(c.Source.Text, c.Start);
        if (!PipeRow.IsRow(c.Source.Text[start..end])) return mapping with { Manual = NotPipeTable };
        var columns = PipeRow.Cells(c.Source.Text[start..end]).Count;
        if (end < c.Source.Text.Length && LineAt(c.Source.Text, end + 1) is var (nextStart, nextEnd) && PipeRow.IsDelimiter(c.Source.Text[nextStart..nextEnd]))
            end = nextEnd;
        mapping = mapping with { Source = Located(c.Source, end, end - 1) };
        if (columns != cells.Count)
            return mapping with { Manual = $"la fila insertada tiene {cells.Count} celdas y la tabla {columns} columnas: decida a mano" };
        return mapping;
    }

    /// <summary>A row deleted: the whole source line of the row, its line break included, when the row has one line to itself.</summary>
    private ItemMapping RowDelete(DocxLocation location)
    {
        var cells = Cells(location, shown: false);
        var chars = Enumerable.Range(location.Paragraph, location.EndParagraph - location.Paragraph + 1)
            .Select(p => where.TryGetValue((location.Part, p), out var at) ? at.Paragraph : null)
            .OfType<Logical>()
            .Distinct()
            .SelectMany(p => Mapped(p, 0, p.Text.Length))
            .ToList();
        if (chars.Count == 0) return ItemMapping.None(NoParagraph) with { Cells = cells };
        var first = chars[0];
        if (chars.Any(c => !c.Verbatim))
            return ItemMapping.To(Located(first.Source, chars.Min(c => c.Start), chars.Max(c => c.End))) with { Cells = cells, Manual = TemplateTable };
        var text = first.Source.Text;
        var (start, end) = LineAt(text, first.Start);
        var mapping = ItemMapping.To(Located(first.Source, start, Math.Min(end, text.Length - 1))) with { Cells = cells };
        if (chars.Any(c => c.Source.File != first.Source.File || c.Start < start || c.End >= end) || !PipeRow.IsRow(text[start..end]))
            return mapping with { Manual = NotPipeTable };
        if (end < text.Length && LineAt(text, end + 1) is var (nextStart, nextEnd) && PipeRow.IsDelimiter(text[nextStart..nextEnd]))
            return mapping with { Manual = "la fila eliminada es la cabecera de la tabla: decida a mano" };
        return mapping;
    }

    /// <summary>The text of each cell of a row: the paragraphs of its location, as shown (an inserted row) or as they read before (a deleted one).</summary>
    private IReadOnlyList<string> Cells(DocxLocation location, bool shown) =>
        Enumerable.Range(location.Paragraph, location.EndParagraph - location.Paragraph + 1)
            .Select(p => paragraphs.TryGetValue((location.Part, p), out var paragraph) ? (shown ? paragraph.ShownText : paragraph.OriginalText) : "")
            .ToList();

    /// <summary>[start, end) of the line holding offset, end at its line break (or the end of the text).</summary>
    private static (int Start, int End) LineAt(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var start = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var end = text.IndexOf('\n', offset);
        return (start, end < 0 ? text.Length : end);
    }
}

/// <summary>Lines of a Markdown pipe table.</summary>
public static class PipeRow
{
    public static bool IsRow(string line) => line.TrimStart().StartsWith('|') && Cells(line).Count > 0;

    /// <summary>The line under a table's heading: | --- | :---: |</summary>
    public static bool IsDelimiter(string line) =>
        IsRow(line) && Cells(line).All(c => c.Trim().Trim(':').Length > 0 && c.Trim().Trim(':').All(ch => ch == '-'));

    /// <summary>The cells of a row, their text as written (escaped bars kept).</summary>
    public static IReadOnlyList<string> Cells(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|')) trimmed = trimmed[1..];
        if (trimmed.EndsWith('|') && !trimmed.EndsWith("\\|", StringComparison.Ordinal)) trimmed = trimmed[..^1];
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] == '\\' && i + 1 < trimmed.Length && trimmed[i + 1] == '|')
            {
                cell.Append("\\|");
                i++;
            }
            else if (trimmed[i] == '|')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else cell.Append(trimmed[i]);
        }
        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>A row line for cells of text: bars in the text escaped, line breaks as spaces.</summary>
    public static string Line(IEnumerable<string> cells) =>
        "| " + string.Join(" | ", cells.Select(c => c.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Trim())) + " |";
}
