using System.Globalization;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>
/// Pipe and grid tables in the table style, full text width, header rows repeated on every page.
/// Column widths follow grid tables' own proportions, or the length of what pipe-table columns hold.
/// Cells spanning rows become vertically merged cells.
/// </summary>
public sealed class TableRenderer : DocxObjectRenderer<MdTable>
{
    protected override void Write(DocxRenderer renderer, MdTable table)
    {
        renderer.CloseParagraph();
        if (TableCaptionBlock.Of(table) is { } caption) TableCaptionRenderer.WriteAbove(renderer, caption);
        // Two tables in a row would merge into one in Word.
        if (renderer.LastBlock is Table) renderer.OpenParagraph(StyleIds.Normal);

        var layout = Layout(table);
        var columns = layout.Count == 0 ? 1 : layout.Max(r => r.Max(c => c.Column + c.Span));
        var widths = Widths(table, layout, columns, renderer.Context.Page.TextWidth(renderer.Context.Section.Landscape));

        var word = new Table(new TableProperties
        {
            TableStyle = new TableStyle { Val = StyleIds.Table },
            TableWidth = new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            TableLook = new TableLook { FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
        });
        word.Append(new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        renderer.AppendBlock(word);

        var rows = table.OfType<MdTableRow>().ToList();
        var continuing = new int[columns]; // rows a vertical merge still covers, per column
        var continuingSpan = new int[columns];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new TableRow();
            if (rows[r].IsHeader && rows.Take(r).All(x => x.IsHeader)) row.Append(new TableRowProperties(new TableHeader()));
            var placed = layout[r].ToDictionary(c => c.Column);
            for (var col = 0; col < columns;)
            {
                if (continuing[col] > 0)
                {
                    var span = continuingSpan[col];
                    row.Append(Cell(widths, col, span, new VerticalMerge()));
                    row.LastChild!.Append(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.TableText } }));
                    continuing[col]--;
                    col += span;
                    continue;
                }
                if (!placed.TryGetValue(col, out var slot))
                {
                    var empty = Cell(widths, col, 1, null);
                    empty.Append(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.TableText } }));
                    row.Append(empty);
                    col++;
                    continue;
                }
                var cell = Cell(widths, col, slot.Span, slot.Cell.RowSpan > 1 ? new VerticalMerge { Val = MergedCellValues.Restart } : null);
                if (slot.Cell.RowSpan > 1)
                {
                    continuing[col] = slot.Cell.RowSpan - 1;
                    continuingSpan[col] = slot.Span;
                }
                row.Append(cell);
                var frame = new BlockFrame(StyleIds.TableText) { Justification = Alignment(table, col) };
                renderer.Within(cell, frame, () => renderer.WriteChildren(slot.Cell));
                col += slot.Span;
            }
            word.Append(row);
        }
    }

    private sealed record Slot(MdTableCell Cell, int Column, int Span);

    /// <summary>Where each cell of each row sits in the grid, skipping columns that a cell above still covers.</summary>
    private static List<List<Slot>> Layout(MdTable table)
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

    private static double[] Widths(MdTable table, List<List<Slot>> layout, int columns, int textWidth)
    {
        var weights = new double[columns];
        var defs = table.ColumnDefinitions;
        if (defs.Count >= columns && defs.Take(columns).All(d => d.Width > 0))
        {
            for (var c = 0; c < columns; c++) weights[c] = defs[c].Width;
        }
        else
        {
            foreach (var slot in layout.SelectMany(r => r).Where(s => s.Span == 1))
            {
                var length = slot.Cell.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Sum(l => l.Content.Length);
                weights[slot.Column] = Math.Max(weights[slot.Column], length);
            }
            for (var c = 0; c < columns; c++) weights[c] = Math.Clamp(weights[c], 6, 60);
        }
        var total = weights.Sum();
        return weights.Select(w => textWidth * w / total).ToArray();
    }

    private static TableCell Cell(double[] widths, int column, int span, VerticalMerge? merge)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth
            {
                Width = Twips(widths.Skip(column).Take(span).Sum()),
                Type = TableWidthUnitValues.Dxa,
            },
        };
        if (span > 1) properties.GridSpan = new GridSpan { Val = span };
        if (merge is not null) properties.VerticalMerge = merge;
        return new TableCell(properties);
    }

    private static JustificationValues? Alignment(MdTable table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                TableColumnAlign.Center => JustificationValues.Center,
                TableColumnAlign.Right => JustificationValues.Right,
                TableColumnAlign.Left => JustificationValues.Left,
                _ => null,
            }
            : null;

    private static string Twips(double value) => ((int)Math.Round(value)).ToString(CultureInfo.InvariantCulture);
}
