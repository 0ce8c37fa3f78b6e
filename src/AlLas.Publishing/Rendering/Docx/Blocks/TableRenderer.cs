using System.Globalization;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Docx.Styling;
using AlLas.Publishing.Rendering.Docx.Tables;
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
/// Pipe and grid tables in the table style, full text width, header rows repeated on every page, rows
/// that never split across pages. Column widths come from what the columns hold (see
/// <see cref="TableShapes"/>), or from the caption line's widths="…". Cells spanning rows become
/// vertically merged cells.
/// </summary>
public sealed class TableRenderer : DocxObjectRenderer<MdTable>
{
    protected override void Write(DocxRenderer renderer, MdTable table)
    {
        renderer.CloseParagraph();
        if (TableCaptionBlock.Of(table) is { } caption) TableCaptionRenderer.WriteAbove(renderer, caption);
        // Two tables in a row would merge into one in Word.
        if (renderer.LastBlock is Table) renderer.OpenParagraph(StyleIds.Normal);

        var layout = TableSlots.Layout(table);
        var columns = TableSlots.Columns(layout);
        var context = renderer.Context;
        var widths = context.Tables.Widths(table, columns, context.Page.TextWidth(context.Section.Landscape), context.TableTextHalfPoints);

        var word = new Table(new TableProperties
        {
            TableStyle = new TableStyle { Val = StyleIds.Table },
            TableWidth = new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            // Fixed: the widths were chosen from the content already; Word's own autofit would undo the shared ones.
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableLook = new TableLook { FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
        });
        word.Append(new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        renderer.AppendBlock(word);

        var rows = table.OfType<MdTableRow>().ToList();
        var continuing = new int[columns]; // rows a vertical merge still covers, per column
        var continuingSpan = new int[columns];
        for (var r = 0; r < rows.Count; r++)
        {
            // A row never splits across pages: half a row on each page reads as two rows.
            var rowProperties = new TableRowProperties(new CantSplit());
            if (rows[r].IsHeader && rows.Take(r).All(x => x.IsHeader)) rowProperties.Append(new TableHeader());
            var row = new TableRow(rowProperties);
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
