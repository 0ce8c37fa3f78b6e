using System.Globalization;
using AlLas.Publishing.Markdown;
using Markdig.Syntax;

namespace AlLas.Publishing.Content.Checks;

/// <summary>
/// `Tabla: … {#tbl-x widths="30,70"}`: one share per column, numbers, adding up to 100. A wrong list
/// would silently give the table widths nobody chose, so it stops the build.
/// </summary>
public sealed class TableWidthsCheck : ISourceCheck
{
    public const string Code = "AL0061";

    public void Run(CheckContext context)
    {
        foreach (var document in context.Publication.Documents)
        {
            foreach (var chapter in document.Chapters)
            {
                foreach (var caption in chapter.Markdown.Descendants<TableCaptionBlock>())
                {
                    if (caption.WidthsAttribute is not { } written) continue;
                    var problem = Problem(written, Columns(caption.Table));
                    if (problem is not null)
                        context.Diagnostics.Error(chapter.SpanOf(caption), Code, $"widths=\"{written}\": {problem}");
                }
            }
        }
    }

    private static int Columns(Markdig.Extensions.Tables.Table table) =>
        table.OfType<Markdig.Extensions.Tables.TableRow>().Select(r => r.OfType<Markdig.Extensions.Tables.TableCell>().Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(0).Max();

    private static string? Problem(string written, int columns)
    {
        var numbers = TableCaptionBlock.ParseWidths(written);
        if (numbers is null)
            return "cada anchura debe ser un número (porcentaje del ancho del texto), separadas por comas, p. ej. widths=\"30,70\"";
        if (numbers.Count != columns)
            return $"la tabla tiene {columns} columna(s) y se indican {numbers.Count} anchura(s)";
        if (numbers.Any(n => n <= 0))
            return "cada anchura debe ser mayor que 0";
        var sum = numbers.Sum();
        if (Math.Abs(sum - 100) > 1)
            return $"las anchuras suman {sum.ToString("0.##", CultureInfo.InvariantCulture)} y deben sumar 100";
        return null;
    }
}
