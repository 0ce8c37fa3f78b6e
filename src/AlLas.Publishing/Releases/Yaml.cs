using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Releases;

/// <summary>
/// Diff-friendly YAML for the records the toolkit keeps in the repository: block style, keys in a
/// fixed order, multi-line text as literal blocks, anything that could read as another type quoted.
/// </summary>
public static class Yaml
{
    public static YamlNode Text(string? value)
    {
        if (value is null) return new YamlScalarNode("null") { Style = ScalarStyle.Plain };
        if (value.Contains('\n') && !value.Contains('\r') && value.Trim(' ', '\n').Length > 0 && !value.EndsWith(' ') && !value.StartsWith(' ') && !value.Contains(" \n") && !value.Contains('\t'))
            return new YamlScalarNode(value) { Style = ScalarStyle.Literal };
        // Only line breaks and spaces: a block scalar would read back empty.
        return new YamlScalarNode(value) { Style = NeedsQuotes(value) || value.Trim().Length == 0 ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };
    }

    public static YamlNode Bool(bool value) => new YamlScalarNode(value ? "true" : "false") { Style = ScalarStyle.Plain };

    public static YamlNode Number(int value) => new YamlScalarNode(value.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain };

    /// <summary>Strings a YAML reader would take for a number, a boolean, null or a date.</summary>
    private static bool NeedsQuotes(string value) =>
        value.Length == 0
        || value is "null" or "Null" or "NULL" or "~" or "true" or "false" or "True" or "False" or "yes" or "no" or "on" or "off"
        || double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
        || char.IsDigit(value[0]) && value.Contains('-');

    public static string Write(YamlNode root)
    {
        var stream = new YamlStream(new YamlDocument(root));
        using var writer = new StringWriter { NewLine = "\n" };
        stream.Save(writer, assignAnchors: false);
        var text = writer.ToString().Replace("\r\n", "\n");
        // YamlDotNet ends a document with "...": not needed for a single one.
        if (text.EndsWith("...\n", StringComparison.Ordinal)) text = text[..^4];
        return text;
    }

    public static YamlMappingNode Read(string file, string text)
    {
        try
        {
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

    /// <summary>Writes text to a file so that no reader ever sees half of it.</summary>
    public static void WriteAtomically(string path, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temp = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, $".{System.IO.Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, text, new System.Text.UTF8Encoding(false));
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
