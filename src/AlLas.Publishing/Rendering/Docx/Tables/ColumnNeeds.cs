using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace AlLas.Publishing.Rendering.Docx.Tables;

/// <summary>
/// What each column of a table asks for, in twips, cell margins included: at least its longest word
/// (a narrower column would cut the word letter by letter), at most its longest paragraph on one line.
/// </summary>
internal sealed record ColumnNeeds(double[] Least, double[] Most)
{
    /// <summary>Left and right cell margins of the table style (108 twips each side).</summary>
    public const double CellMargins = 216;

    /// <summary>
    /// A little room beyond the measured word: the printer's font and its kerning are not always
    /// the metrics', and a word that only just fits would still break.
    /// </summary>
    private const double Slack = 1.04;

    public static ColumnNeeds Of(MdTable table, int halfPoints)
    {
        var layout = TableSlots.Layout(table);
        var columns = TableSlots.Columns(layout);
        var least = new double[columns];
        var most = new double[columns];
        var rows = table.OfType<MdTableRow>().ToList();
        for (var r = 0; r < layout.Count; r++)
        {
            var header = rows[r].IsHeader;
            foreach (var slot in layout[r].Where(s => s.Span == 1))
            {
                foreach (var paragraph in CellText.Paragraphs(slot.Cell, header))
                {
                    var widths = paragraph.Select(w => FontMetrics.Width(w.Text, halfPoints, w.Bold)).ToList();
                    if (widths.Count == 0) continue;
                    var space = FontMetrics.Width(" ", halfPoints, bold: false);
                    least[slot.Column] = Math.Max(least[slot.Column], widths.Max() * Slack + CellMargins);
                    most[slot.Column] = Math.Max(most[slot.Column], (widths.Sum() + space * (widths.Count - 1)) * Slack + CellMargins);
                }
            }
        }
        for (var c = 0; c < columns; c++)
        {
            least[c] = Math.Max(least[c], CellMargins + 200);
            most[c] = Math.Max(most[c], least[c]);
        }
        return new ColumnNeeds(least, most);
    }

    /// <summary>What two tables of the same shape ask for together, so that both get the same widths.</summary>
    public ColumnNeeds With(ColumnNeeds other) => new(
        Least.Zip(other.Least, Math.Max).ToArray(),
        Most.Zip(other.Most, Math.Max).ToArray());

    /// <summary>
    /// Widths filling <paramref name="width"/>, as Word's and LibreOffice's autofit share it out: when
    /// every column fits on one line, each grows in proportion to its line. Otherwise short columns
    /// (a line shorter than an even share of the width) keep their whole line, as a typesetter sets a
    /// column of dates or places, and the long ones share the rest; every column gets at least its
    /// longest word, and the room beyond goes by how much more each would take on one line.
    /// </summary>
    public double[] Fit(double width)
    {
        var least = Least.Sum();
        var most = Most.Sum();
        if (least >= width) return Least.Select(l => l * width / least).ToArray();
        if (most <= width) return Most.Select(m => m * width / most).ToArray();
        var columns = Least.Length;
        var isShort = Most.Select(m => m <= width / columns).ToArray();
        var shortLines = Most.Where((_, c) => isShort[c]).Sum();
        var longWords = Least.Where((_, c) => !isShort[c]).Sum();
        if (isShort.Any(s => s) && isShort.Any(s => !s) && shortLines + longWords <= width)
        {
            var left = width - shortLines;
            var longest = Most.Where((_, c) => !isShort[c]).ToArray();
            var shares = Share(Least.Where((_, c) => !isShort[c]).ToArray(), longest, left);
            var result = new double[columns];
            for (int c = 0, l = 0; c < columns; c++) result[c] = isShort[c] ? Most[c] : shares[l++];
            return result;
        }
        return Share(Least, Most, width);
    }

    /// <summary>Each column its longest word, and the room left by how much more each would take on one line.</summary>
    private static double[] Share(double[] least, double[] most, double width)
    {
        var spare = width - least.Sum();
        var wanted = most.Sum() - least.Sum();
        return least.Select((l, c) => wanted <= 0 ? l + spare / least.Length : l + spare * (most[c] - l) / wanted).ToArray();
    }
}
