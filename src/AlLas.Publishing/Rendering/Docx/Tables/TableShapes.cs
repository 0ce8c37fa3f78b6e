using AlLas.Publishing.Markdown;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace AlLas.Publishing.Rendering.Docx.Tables;

/// <summary>
/// Column widths for every table of a document, measured before any is written: tables of one shape
/// (same columns under the same headings, such as one sheet per partner) share their widths, so that
/// they read as one series rather than each cut to its own content.
/// </summary>
internal sealed class TableShapes
{
    private readonly Dictionary<MdTable, ColumnNeeds> needs = new(ReferenceEqualityComparer.Instance);

    private TableShapes()
    {
    }

    /// <summary>An empty set: tables are measured one by one as they come.</summary>
    public static TableShapes None { get; } = new();

    public static TableShapes Of(IEnumerable<MarkdownDocument> documents, int halfPoints)
    {
        var shapes = new TableShapes();
        var measured = documents.SelectMany(d => d.Descendants<MdTable>())
            .Select((t, i) => (Table: t, Shape: Shape(t, i), Needs: ColumnNeeds.Of(t, halfPoints)))
            .ToList();
        foreach (var group in measured.GroupBy(m => m.Shape, StringComparer.Ordinal))
        {
            var shared = group.Select(m => m.Needs).Aggregate((a, b) => a.With(b));
            foreach (var (table, _, _) in group) shapes.needs[table] = shared;
        }
        return shapes;
    }

    /// <summary>Widths in twips filling <paramref name="width"/>: the writer's own, else the shape's.</summary>
    public double[] Widths(MdTable table, int columns, double width, int halfPoints)
    {
        if (TableCaptionBlock.Of(table)?.ColumnWidths is { } percent && percent.Count == columns)
            return percent.Select(p => width * p / 100).ToArray();
        var found = needs.TryGetValue(table, out var known) ? known : ColumnNeeds.Of(table, halfPoints);
        if (found.Least.Length != columns) found = ColumnNeeds.Of(table, halfPoints);
        return found.Fit(width);
    }

    /// <summary>The columns and the heading row's words; tables without a heading row are each their own shape.</summary>
    private static string Shape(MdTable table, int index)
    {
        var header = table.OfType<MdTableRow>().FirstOrDefault(r => r.IsHeader);
        if (header is null) return "#" + index;
        var cells = header.OfType<Markdig.Extensions.Tables.TableCell>()
            .Select(c => string.Join(" ", CellText.Paragraphs(c, header: true).SelectMany(p => p).Select(w => w.Text)));
        return table.ColumnDefinitions.Count + "|" + string.Join("|", cells);
    }
}
