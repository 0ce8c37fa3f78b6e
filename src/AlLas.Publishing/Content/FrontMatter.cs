namespace AlLas.Publishing.Content;

/// <summary>
/// The YAML block between `---` lines at the top of a chapter. Body offset is kept so that every
/// position in the body still points at the right line of the file.
/// </summary>
public sealed record FrontMatter(IReadOnlyDictionary<string, object?> Values, int BodyStart)
{
    public static FrontMatter Split(SourceText source)
    {
        var text = source.Text;
        var firstLineEnd = text.IndexOf('\n');
        if (firstLineEnd < 0 || text[..firstLineEnd].TrimEnd('\r') != "---")
            return new FrontMatter(new Dictionary<string, object?>(), 0);

        var position = firstLineEnd + 1;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            var line = (lineEnd < 0 ? text[position..] : text[position..lineEnd]).TrimEnd('\r');
            if (line is "---" or "...")
            {
                var yaml = YamlData.Parse(source, firstLineEnd + 1, position - (firstLineEnd + 1));
                if (yaml is not null && yaml is not IReadOnlyDictionary<string, object?>)
                    throw new SourceException(source.Point(firstLineEnd + 1), "AL0003", "el encabezado YAML debe ser un mapa de claves y valores");
                return new FrontMatter(yaml as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(),
                    lineEnd < 0 ? text.Length : lineEnd + 1);
            }
            if (lineEnd < 0) break;
            position = lineEnd + 1;
        }
        throw new SourceException(source.Point(0), "AL0002", "el encabezado YAML que abre con '---' no se cierra con otra línea '---'");
    }

    public string? GetString(string key) => Values.TryGetValue(key, out var v) ? v?.ToString() : null;

    public bool GetBool(string key, bool fallback) =>
        Values.TryGetValue(key, out var v) && v is not null ? v is bool b ? b : bool.TryParse(v.ToString(), out var p) ? p : fallback : fallback;
}
