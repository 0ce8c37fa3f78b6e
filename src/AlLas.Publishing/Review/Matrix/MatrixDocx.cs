using System.Globalization;
using AlLas.Publishing.Rendering.Docx.Package;
using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Review.Matrix;

/// <summary>
/// The matrix as a Word file of its own, for the acceptance file of a deliverable: landscape A4,
/// the publication's styles (from the reference docx), one table whose header row repeats on
/// every page. The same matrix always gives the same bytes.
/// </summary>
public static class MatrixDocx
{
    /// <summary>Relative widths of the columns, in the order of <see cref="ResponseMatrix.Headings"/>.</summary>
    private static readonly int[] Weights = [4, 9, 7, 11, 11, 10, 16, 20, 20, 8];

    public static byte[] Write(ResponseMatrix matrix, string? referenceDocx)
    {
        var reference = DocxReference.Resolve(referenceDocx);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = (Styles)reference.Styles.CloneNode(true);
            var page = reference.Page;
            var width = page.TextWidth(landscape: true);
            var body = new Body(
                Heading(matrix.Heading),
                Paragraph(StyleIds.BodyText, matrix.Subheading),
                Table(matrix, width),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Normal })),
                new SectionProperties(page.ToPageSize(landscape: true), page.ToPageMargin(landscape: true)));
            main.Document = new Document(body);
        }
        return DeterministicPackage.Normalize(stream.ToArray());
    }

    private static Table Table(ResponseMatrix matrix, int width)
    {
        var total = Weights.Sum();
        var widths = Weights.Select(w => width * w / total).ToArray();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.Table },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(ResponseMatrix.Headings, widths, header: true));
        foreach (var row in matrix.Rows) table.Append(Row(ResponseMatrix.Cells(row), widths, header: false));
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            var lines = cells[i].Replace("\r\n", "\n").Split('\n');
            foreach (var line in lines) cell.Append(Paragraph(StyleIds.TableText, line, bold: header));
            row.Append(cell);
        }
        return row;
    }

    /// <summary>The title at the top of the page: the Title style is the cover's, which starts a quarter down the page.</summary>
    private static Paragraph Heading(string text)
    {
        var paragraph = Paragraph(StyleIds.Title, text);
        paragraph.ParagraphProperties!.Append(new SpacingBetweenLines { Before = "0", BeforeLines = 0, BeforeAutoSpacing = false });
        return paragraph;
    }

    private static Paragraph Paragraph(string style, string text, bool bold = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold) run.PrependChild(new RunProperties(new Bold()));
        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), run);
    }
}
