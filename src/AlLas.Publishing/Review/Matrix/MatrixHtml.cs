using System.Net;
using System.Text;

namespace AlLas.Publishing.Review.Matrix;

/// <summary>The matrix as a page of its own: one table, its header row repeated when printed, in Spanish.</summary>
public static class MatrixHtml
{
    public static string Write(ResponseMatrix matrix)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>{E(matrix.Heading)}</title>\n");
        html.Append("""
            <style>
            body { font-family: system-ui, sans-serif; margin: 1.5rem; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
            caption { text-align: left; margin-bottom: 0.5rem; }
            th, td { border: 1px solid #999; padding: 0.3rem 0.4rem; vertical-align: top; text-align: left; }
            thead { display: table-header-group; background: #e8eef4; }
            td.estado-abierto { background: #fdecea; }
            td.estado-atendido { background: #e8f5e9; }
            </style>

            """);
        html.Append("</head>\n<body>\n");
        html.Append($"<h1>{E(matrix.Heading)}</h1>\n");
        html.Append("<table>\n");
        html.Append($"<caption>{E(matrix.Subheading)}</caption>\n");
        html.Append("<thead>\n<tr>");
        foreach (var heading in ResponseMatrix.Headings) html.Append($"<th scope=\"col\">{E(heading)}</th>");
        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in matrix.Rows)
        {
            html.Append("<tr>");
            var cells = ResponseMatrix.Cells(row);
            for (var i = 0; i < cells.Count; i++)
            {
                var last = i == cells.Count - 1;
                html.Append(last ? $"<td class=\"estado-{E(row.Status.Replace(' ', '-'))}\">" : "<td>");
                html.Append(E(cells[i]).Replace("\n", "<br>"));
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
