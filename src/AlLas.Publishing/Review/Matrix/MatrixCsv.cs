using System.Text;

namespace AlLas.Publishing.Review.Matrix;

/// <summary>
/// The matrix for spreadsheets: fields separated by semicolons, quoted as RFC 4180 quotes them
/// (doubled quotes; a field holding a separator, a quote or a line break between quotes), CRLF
/// line ends, UTF-8 with a byte order mark. Semicolons because the coordinators open it in Excel
/// set to Spanish, whose list separator is the semicolon (the comma is the decimal mark): a
/// comma-separated file opens there as one column. The mark makes Excel read the accents as UTF-8;
/// LibreOffice and Python's csv module (delimiter=';', encoding='utf-8-sig') read it as well.
/// </summary>
public static class MatrixCsv
{
    public const char Separator = ';';

    public static byte[] Write(ResponseMatrix matrix)
    {
        var text = new StringBuilder();
        Line(text, ResponseMatrix.Headings);
        foreach (var row in matrix.Rows) Line(text, ResponseMatrix.Cells(row));
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(Separator, fields.Select(Field));
        text.Append("\r\n");
    }

    private static string Field(string value) =>
        value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
