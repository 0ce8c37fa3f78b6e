using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Releases;

/// <summary>
/// Diff-friendly YAML for the records the toolkit keeps in the repository: block style, keys in a
/// fixed order, multi-line text as literal blocks, anything that could read as another type quoted.
/// </summary>
public static class Yaml
{
    private static readonly YamlScalar Null = new("null", ScalarStyle.Plain);
    private static readonly YamlScalar True = new("true", ScalarStyle.Plain);
    private static readonly YamlScalar False = new("false", ScalarStyle.Plain);

    public static YamlScalar Text(string? value)
    {
        if (value is null) return Null;
        if (value.Contains('\n') && !value.Contains('\r') && value.Trim(' ', '\n').Length > 0 && !value.EndsWith(' ') && !value.StartsWith(' ') && !value.Contains(" \n") && !value.Contains('\t'))
            return new YamlScalar(value, ScalarStyle.Literal);
        // Only line breaks and spaces: a block scalar would read back empty.
        return new YamlScalar(value, NeedsQuotes(value) || value.Trim().Length == 0 ? ScalarStyle.DoubleQuoted : ScalarStyle.Any);
    }

    public static YamlScalar Bool(bool value) => value ? True : False;

    public static YamlScalar Number(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarStyle.Plain);

    /// <summary>Strings a YAML reader would take for a number, a boolean, null or a date.</summary>
    private static bool NeedsQuotes(string value) =>
        value.Length == 0
        || value is "null" or "Null" or "NULL" or "~" or "true" or "false" or "True" or "False" or "yes" or "no" or "on" or "off"
        || double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
        || char.IsDigit(value[0]) && value.Contains('-');

    public static string Write(YamlValue root) => YamlWriter.Write(root);

    /// <summary>The root mapping of a record; what the toolkit wrote itself is read without YamlDotNet's scanner, anything else with it.</summary>
    public static YamlMappingNode Read(string file, string text) => RecordYamlReader.TryRead(text) ?? ReadAny(file, text);

    /// <summary>Any YAML, with YamlDotNet: errors name the file, line and column.</summary>
    public static YamlMappingNode ReadAny(string file, string text)
    {
        try
        {
            if (Content.YamlLimits.Find(new Parser(new StringReader(text))) is { } limit)
                throw new SourceException(Content.SourceSpan.At(file, limit.Line, limit.Column), "AL0503", $"YAML no admitido: {limit.Message}");
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
                throw new SourceException(file, "AL0503", "no es un mapa YAML");
            return map;
        }
        catch (YamlException e)
        {
            throw new SourceException(Content.SourceSpan.At(file, (int)e.Start.Line, (int)e.Start.Column), "AL0503", $"YAML no válido: {e.Message}", e);
        }
    }

    public static string? String(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar
            ? scalar.Style == ScalarStyle.Plain && scalar.Value is "null" or "~" ? null : scalar.Value
            : null;

    public static int Int(YamlMappingNode map, string key) =>
        int.TryParse(String(map, key), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    public static YamlMappingNode? Map(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as YamlMappingNode : null;

    public static YamlSequenceNode? Sequence(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as YamlSequenceNode : null;

    /// <summary>
    /// Writes a document to a file so that no reader ever sees half of it, straight from the values
    /// (UTF-8, no BOM); false, and the file untouched, when it already held exactly these bytes.
    /// </summary>
    public static bool WriteAtomically(string path, YamlValue root)
    {
        var folder = System.IO.Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temp = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" })
                YamlWriter.Write(root, writer);
            if (File.Exists(path) && SameBytes(path, temp)) return false;
            File.Move(temp, path, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static bool SameBytes(string a, string b)
    {
        using var first = File.OpenRead(a);
        using var second = File.OpenRead(b);
        if (first.Length != second.Length) return false;
        var x = new byte[1 << 16];
        var y = new byte[1 << 16];
        while (true)
        {
            var n = first.ReadAtLeast(x, x.Length, throwOnEndOfStream: false);
            var m = second.ReadAtLeast(y, y.Length, throwOnEndOfStream: false);
            if (n != m || !x.AsSpan(0, n).SequenceEqual(y.AsSpan(0, m))) return false;
            if (n == 0) return true;
        }
    }
}
