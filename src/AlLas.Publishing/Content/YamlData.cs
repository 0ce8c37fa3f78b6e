using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Content;

/// <summary>
/// YAML read into plain trees (dictionaries, lists, strings, numbers, booleans) that both C# and
/// Scriban templates walk, with syntax errors reported at the file's own line and column.
/// Each mapping remembers the source line it started on, so that data can be traced to its entry.
/// </summary>
public static class YamlData
{
    private const string UnclosedMessage = "YAML no válido: una lista o un mapa entre [ ] o { } no se cierra";

    public static object? Parse(SourceText source) => Parse(source, 0, source.Text.Length);

    public static object? Parse(SourceText source, int start, int length)
    {
        var (lineOffset, _) = source.Position(start);
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(source.Text.Substring(start, length)));
        try
        {
            if (YamlLimits.Find(new Parser(scanner)) is { } limit)
                throw new SourceException(SourceSpan.At(source.File, limit.Line + lineOffset - 1, limit.Column), "AL0018", $"YAML no admitido: {limit.Message}");
            scanner = new Scanner(new StringReader(source.Text.Substring(start, length)));
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            if (UnclosedFlow.Find(source.Text.Substring(start, length), (int)e.Start.Index) is { } opener)
                throw new SourceException(source.Point(start + opener), "AL0001", UnclosedMessage, e);
            var message = e.InnerException?.Message ?? e.Message;
            throw new SourceException(SourceSpan.At(source.File, (int)e.Start.Line + lineOffset - 1, (int)e.Start.Column), "AL0001", $"YAML no válido: {message}", e);
        }
        catch (InvalidOperationException e)
        {
            // The YAML scanner gives up on some unclosed flow collections without a YamlException.
            var at = scanner.CurrentPosition;
            var where = UnclosedFlow.Find(source.Text.Substring(start, length), (int)at.Index) is { } opener
                ? source.Point(start + opener)
                : SourceSpan.At(source.File, (int)at.Line + lineOffset - 1, (int)at.Column);
            throw new SourceException(where, "AL0001", UnclosedMessage, e);
        }
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode, lineOffset - 1);
    }

    private static object? Convert(YamlNode node, int lineOffset) => node switch
    {
        YamlMappingNode map => ConvertMap(map, lineOffset),
        YamlSequenceNode seq => seq.Children.Select(c => Convert(c, lineOffset)).ToList(),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => null,
    };

    private static DataMap ConvertMap(YamlMappingNode map, int lineOffset)
    {
        var result = new DataMap((int)map.Start.Line + lineOffset);
        foreach (var (key, value) in map.Children)
            result[((YamlScalarNode)key).Value ?? ""] = Convert(value, lineOffset);
        return result;
    }

    private static object? ConvertScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
            return value;
        return value switch
        {
            null or "" or "~" or "null" => null,
            "true" => true,
            "false" => false,
            _ when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && value.Contains('.') => d,
            _ => value,
        };
    }
}

/// <summary>A YAML mapping, ordered as written, with the line it starts on.</summary>
public sealed class DataMap(int line) : Dictionary<string, object?>(StringComparer.Ordinal), IReadOnlyDictionary<string, object?>
{
    public int Line { get; } = line;

    public string? GetString(string key) => TryGetValue(key, out var v) ? v switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString(),
    } : null;
}
