using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Content.Checks;

/// <summary>
/// Checks a YAML text against a <see cref="Shape"/>, reporting each problem at the line and column of
/// the key or value at fault. Syntax errors are the loader's to report, so text that does not parse
/// is left alone here.
/// </summary>
public sealed partial class YamlSchema(SourceText source, Diagnostics diagnostics, int firstLine = 1)
{
    public const string MissingKey = "AL0050";
    public const string WrongType = "AL0051";
    public const string UnknownKey = "AL0052";
    public const string DuplicateId = "AL0059";

    private readonly Dictionary<string, Dictionary<string, YamlNode>> seenIds = new(StringComparer.Ordinal);

    /// <summary>The root node of the text from start, length long; null when empty or not valid YAML.</summary>
    public static YamlNode? Load(SourceText source, int start = 0, int? length = null)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(source.Text.Substring(start, length ?? source.Text.Length - start)));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    public SourceSpan At(YamlNode node) => At(node.Start);

    public SourceSpan At(Mark mark) => SourceSpan.At(source.File, (int)mark.Line + firstLine - 1, (int)mark.Column);

    /// <summary>Checks node against shape; path names the node in messages ("" for the whole file).</summary>
    public void Check(YamlNode node, Shape shape, string path = "")
    {
        switch (shape)
        {
            case ScalarShape scalar:
                CheckScalar(node, scalar, path);
                break;
            case ListShape list when node is YamlSequenceNode sequence:
                var index = 0;
                foreach (var item in sequence.Children) Check(item, list.Item, $"{Name(path)}[{++index}]");
                break;
            case MapShape map when node is YamlMappingNode mapping:
                CheckMap(mapping, map, path);
                break;
            default:
                if (!IsNull(node)) WrongShape(node, shape, path);
                break;
        }
    }

    /// <summary>The value under key, if the node is a mapping that has it.</summary>
    public static YamlNode? Get(YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" };

    private void CheckMap(YamlMappingNode mapping, MapShape shape, string path)
    {
        var fields = shape.Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!fields.TryGetValue(key, out var field))
            {
                if (shape.Closed)
                    diagnostics.Warning(At(keyNode), UnknownKey, $"clave desconocida '{key}'{In(path)}{Suggestion(key, fields.Keys)}; se ignora");
                continue;
            }
            if (field.Required && IsNull(value))
                diagnostics.Error(At(keyNode), MissingKey, $"'{Join(path, key)}' no puede quedar vacío");
            else
                Check(value, field.Shape, Join(path, key));
            if (field.UniqueAmong is { } group && value is YamlScalarNode { Value: { Length: > 0 } id } && !IsNull(value))
                Unique(group, id, value);
        }
        foreach (var field in shape.Fields.Where(f => f.Required))
        {
            if (!mapping.Children.ContainsKey(new YamlScalarNode(field.Key)))
                diagnostics.Error(At(mapping), MissingKey, $"falta la clave '{field.Key}'{In(path)}");
        }
    }

    private void Unique(string group, string id, YamlNode node)
    {
        if (!seenIds.TryGetValue(group, out var seen)) seenIds[group] = seen = new(StringComparer.Ordinal);
        if (seen.TryGetValue(id, out var first))
            diagnostics.Error(At(node), DuplicateId, $"el id '{id}' ya se usó en {group} (línea {At(first).Line})");
        else
            seen[id] = node;
    }

    private void CheckScalar(YamlNode node, ScalarShape shape, string path)
    {
        if (IsNull(node)) return;
        if (node is not YamlScalarNode scalar)
        {
            WrongShape(node, shape, path);
            return;
        }
        var value = scalar.Value ?? "";
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        var ok = shape.Kind switch
        {
            ScalarKind.Text => true,
            ScalarKind.Integer => plain && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            ScalarKind.Date => IsoDate().IsMatch(value) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            ScalarKind.Boolean => plain && value is "true" or "false",
            _ => false,
        };
        if (ok) return;
        var quoted = !plain && shape.Kind is ScalarKind.Integer or ScalarKind.Boolean ? " (sin comillas)" : "";
        diagnostics.Error(At(node), WrongType, $"'{Name(path)}' debe ser {shape.Description}{quoted}, no '{value}'");
    }

    private void WrongShape(YamlNode node, Shape shape, string path)
    {
        var found = node switch
        {
            YamlSequenceNode => "una lista",
            YamlMappingNode => "un mapa",
            YamlScalarNode s => $"'{s.Value}'",
            _ => "otra cosa",
        };
        diagnostics.Error(At(node), WrongType, $"{(path.Length == 0 ? "el archivo" : $"'{path}'")} debe ser {shape.Description}, no {found}");
    }

    // Paths name a value the way a writer finds it in the file: "pages", "partners[2].id".
    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Name(string path) => path.Length == 0 ? "el archivo" : path;

    private static string In(string path) => path.Length == 0 ? "" : $" en {path}";

    /// <summary>"¿quiso decir 'annexes'?" when a known key is one or two letters away.</summary>
    private static string Suggestion(string key, IEnumerable<string> known)
    {
        var best = known.Select(k => (Key: k, Distance: Distance(key, k))).OrderBy(x => x.Distance).FirstOrDefault();
        return best.Key is not null && best.Distance <= 2 ? $" (¿quiso decir '{best.Key}'?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
