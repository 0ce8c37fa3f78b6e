namespace AlLas.Publishing.Content;

/// <summary>A document's `document.yml`: what it is and which chapters and annexes make it, in order.</summary>
public sealed record DocumentManifest(
    string Title,
    string? Subtitle,
    int? Deliverable,
    string? Due,
    int? PageBudget,
    string Language,
    IReadOnlyList<string> Chapters,
    IReadOnlyList<string> Annexes,
    DataMap Data)
{
    /// <summary>`short-title`: the title the running header of every page carries; the title itself when not given.</summary>
    public string ShortTitle => Data.GetString("short-title") is { Length: > 0 } shortTitle ? shortTitle : Title;

    public static DocumentManifest Read(SourceText source)
    {
        if (YamlData.Parse(source) is not DataMap data)
            throw new SourceException(source.Point(0), "AL0004", "document.yml debe ser un mapa con title, chapters y annexes");
        var title = data.GetString("title")
            ?? throw new SourceException(SourceSpan.At(source.File, data.Line, 1), "AL0004", "falta 'title' en document.yml");
        return new DocumentManifest(
            title,
            data.GetString("subtitle"),
            Int(data, "deliverable"),
            data.GetString("due"),
            Int(data, "pages"),
            data.GetString("lang") ?? "es-ES",
            Files(data, "chapters", source),
            Files(data, "annexes", source),
            data);
    }

    private static int? Int(DataMap data, string key) => data.TryGetValue(key, out var v) && v is long n ? (int)n : null;

    private static List<string> Files(DataMap data, string key, SourceText source)
    {
        if (!data.TryGetValue(key, out var value) || value is null) return [];
        if (value is not List<object?> list)
            throw new SourceException(SourceSpan.At(source.File, data.Line, 1), "AL0004", $"'{key}' debe ser una lista de archivos");
        return list.Select(v => v?.ToString() ?? "").ToList();
    }
}
