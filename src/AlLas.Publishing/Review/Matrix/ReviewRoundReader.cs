using AlLas.Publishing.Content;
using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Review.Matrix;

/// <summary>
/// Reads the review registers of one round: every content/&lt;document&gt;/revisiones/&lt;release&gt;/*.yml,
/// in file name order. Only the fields the redline and the matrix use are read; the register's
/// writer (review import) owns the format.
/// </summary>
public static class ReviewRoundReader
{
    public const string Folder = "revisiones";

    public static string FolderOf(string document, string release) => $"{Paths.Content}/{document}/{Folder}/{release}";

    public static ReviewRound Read(string root, string document, string release)
    {
        var folder = Path.Combine(root, FolderOf(document, release));
        var items = new List<RoundItem>();
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder, "*.yml").OrderBy(f => f, StringComparer.Ordinal))
                items.AddRange(ReadRegister(Paths.Relative(root, file), File.ReadAllText(file)));
        }
        return new ReviewRound(document, release, items);
    }

    public static IReadOnlyList<RoundItem> ReadRegister(string file, string text)
    {
        YamlMappingNode root;
        try
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text));
            root = yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode map ? map
                : throw new SourceException(SourceSpan.At(file, 1, 1), "AL0620", "el registro de revisión no es un mapa YAML");
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new SourceException(SourceSpan.At(file, (int)e.Start.Line, (int)e.Start.Column), "AL0620", $"registro de revisión ilegible: {e.Message}", e);
        }
        var items = new List<RoundItem>();
        if (Child(root, "items") is not YamlSequenceNode sequence) return items;
        foreach (var node in sequence.Children.OfType<YamlMappingNode>())
        {
            var id = String(node, "id") ?? throw new SourceException(SourceSpan.At(file, (int)node.Start.Line, (int)node.Start.Column), "AL0621", "un elemento del registro no tiene 'id'");
            RoundSource? source = null;
            string? unmapped = null;
            if (Child(node, "source") is YamlMappingNode s)
            {
                if (String(s, "file") is { } sourceFile)
                    source = new RoundSource(sourceFile, Int(s, "line"), Int(s, "column"), Int(s, "endLine"), Int(s, "endColumn"), String(s, "quote") ?? "");
                else unmapped = String(s, "unmapped");
            }
            items.Add(new RoundItem
            {
                Register = file,
                Id = id,
                Kind = String(node, "kind") ?? "comment",
                Reviewer = String(node, "reviewer") ?? "",
                Initials = String(node, "initials"),
                Date = String(node, "date"),
                Parent = String(node, "parent"),
                Resolved = String(node, "resolved") == "true",
                Text = String(node, "text") ?? "",
                Quote = String(node, "quote") ?? "",
                Source = source,
                Unmapped = unmapped,
                Status = String(node, "status") ?? RoundStatus.Open,
                Response = String(node, "response"),
            });
        }
        return items;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A scalar's text; YAML's null (~, null, empty plain scalar) is null.</summary>
    private static string? String(YamlMappingNode map, string key)
    {
        if (Child(map, key) is not YamlScalarNode scalar) return null;
        if (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null") return null;
        return scalar.Value;
    }

    private static int Int(YamlMappingNode map, string key) =>
        int.TryParse(String(map, key), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}
