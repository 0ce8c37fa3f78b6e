namespace AlLas.Publishing.Content;

/// <summary>`content/bibliografia.yml`: the works a document may cite, in CSL-YAML form.</summary>
public sealed class Bibliography
{
    public const string FileName = "bibliografia.yml";

    private readonly Dictionary<string, Work> works;

    private Bibliography(SourceText? source, Dictionary<string, Work> works)
    {
        Source = source;
        this.works = works;
    }

    public static Bibliography Empty { get; } = new(null, []);

    public SourceText? Source { get; }

    public IReadOnlyCollection<Work> Works => works.Values;

    public bool TryGet(string key, out Work work) => works.TryGetValue(key, out work!);

    public static Bibliography Read(SourceText source, Diagnostics diagnostics)
    {
        var works = new Dictionary<string, Work>(StringComparer.Ordinal);
        if (YamlData.Parse(source) is not List<object?> entries)
        {
            diagnostics.Error(source.Point(0), "AL0005", "la bibliografía debe ser una lista de obras");
            return new Bibliography(source, works);
        }
        foreach (var entry in entries.OfType<DataMap>())
        {
            var at = SourceSpan.At(source.File, entry.Line, 1);
            var id = entry.GetString("id");
            if (id is null)
            {
                diagnostics.Error(at, "AL0005", "obra sin 'id'");
                continue;
            }
            if (!works.TryAdd(id, new Work(id, entry, at)))
                diagnostics.Error(at, "AL0006", $"la obra '{id}' está dos veces en la bibliografía");
        }
        return new Bibliography(source, works);
    }
}

/// <summary>One entry of the bibliography, with the line it was written on.</summary>
public sealed record Work(string Id, DataMap Data, SourceSpan Span)
{
    public IReadOnlyList<(string Family, string? Given)> Authors => Names("author") is { Count: > 0 } a ? a : Names("editor");

    public bool AuthorsAreEditors => Names("author").Count == 0 && Names("editor").Count > 0;

    public string Year => Data.TryGetValue("issued", out var v) ? v switch
    {
        DataMap m when m.TryGetValue("date-parts", out var p) && p is List<object?> { Count: > 0 } parts
            && parts[0] is List<object?> { Count: > 0 } first => first[0]?.ToString() ?? "s. f.",
        null => "s. f.",
        _ => v.ToString()!,
    } : "s. f.";

    public string? this[string key] => Data.GetString(key);

    public IReadOnlyList<(string Family, string? Given)> Names(string key)
    {
        if (!Data.TryGetValue(key, out var value) || value is not List<object?> list) return [];
        return list.Select(n => n switch
        {
            DataMap m => (m.GetString("family") ?? m.GetString("literal") ?? "", m.GetString("given")),
            _ => (n?.ToString() ?? "", (string?)null),
        }).ToList();
    }
}
