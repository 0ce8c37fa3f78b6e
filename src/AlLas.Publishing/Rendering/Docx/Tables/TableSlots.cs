using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace AlLas.Publishing.Rendering.Docx.Tables;

/// <summary>Where each cell of each row of a Markdown table sits in the grid, skipping columns that a cell above still covers.</summary>
internal static class TableSlots
{
    public sealed record Slot(MdTableCell Cell, int Column, int Span);

    public static List<List<Slot>> Layout(MdTable table)
    {
        var result = new List<List<Slot>>();
        var covered = new Dictionary<int, int>(); // column -> rows still covered
        foreach (var row in table.OfType<MdTableRow>())
        {
            var slots = new List<Slot>();
            var col = 0;
            foreach (var cell in row.OfType<MdTableCell>())
            {
                while (covered.TryGetValue(col, out var left) && left > 0) col++;
                var span = Math.Max(1, cell.ColumnSpan);
                slots.Add(new Slot(cell, col, span));
                col += span;
            }
            foreach (var key in covered.Keys.ToList()) covered[key]--;
            foreach (var slot in slots.Where(s => s.Cell.RowSpan > 1))
            {
                for (var c = slot.Column; c < slot.Column + slot.Span; c++) covered[c] = slot.Cell.RowSpan - 1;
            }
            result.Add(slots);
        }
        return result;
    }

    public static int Columns(List<List<Slot>> layout) =>
        layout.Count == 0 || layout.All(r => r.Count == 0) ? 1 : layout.Where(r => r.Count > 0).Max(r => r.Max(c => c.Column + c.Span));
}
