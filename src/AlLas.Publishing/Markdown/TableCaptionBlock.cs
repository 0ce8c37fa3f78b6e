using Markdig.Parsers;
using Markdig.Syntax;

namespace AlLas.Publishing.Markdown;

/// <summary>
/// `Tabla: caption {#tbl-id}` right after a table. Renderers write it above its table (the Spanish
/// convention) and skip it where it stands.
/// </summary>
public sealed class TableCaptionBlock(BlockParser? parser) : LeafBlock(parser)
{
    public static readonly string[] Prefixes = ["Tabla:", "Table:"];

    public string? Label { get; init; }

    public LabelTarget? Target { get; set; }

    /// <summary>`widths="30,70"` as written on the caption line; checked by <see cref="Content.Checks.TableWidthsCheck"/>.</summary>
    public string? WidthsAttribute { get; init; }

    /// <summary>The columns' shares of the text width, in percent, when <see cref="WidthsAttribute"/> reads as such; else null.</summary>
    public IReadOnlyList<double>? ColumnWidths => ParseWidths(WidthsAttribute) is { } w && Math.Abs(w.Sum() - 100) <= 1 && w.All(x => x > 0) ? w : null;

    /// <summary>The numbers of a widths attribute, or null when one of them is not a number.</summary>
    public static IReadOnlyList<double>? ParseWidths(string? attribute)
    {
        if (attribute is null) return null;
        var numbers = new List<double>();
        foreach (var part in attribute.Split(',', StringSplitOptions.TrimEntries))
        {
            var text = part.EndsWith('%') ? part[..^1] : part;
            if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)) return null;
            numbers.Add(n);
        }
        return numbers;
    }

    public required Markdig.Extensions.Tables.Table Table { get; init; }

    public static TableCaptionBlock? Of(Markdig.Extensions.Tables.Table table) =>
        table.GetData(typeof(TableCaptionBlock)) as TableCaptionBlock;
}
