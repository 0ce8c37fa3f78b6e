namespace AlLas.Publishing.Content.Checks;

/// <summary>What a check reads: the loaded publication, the sources as written, and where to report.</summary>
public sealed class CheckContext(Publication publication, Diagnostics diagnostics)
{
    private readonly Dictionary<string, SourceText?> sources = new(StringComparer.Ordinal);

    public Publication Publication { get; } = publication;

    public Diagnostics Diagnostics { get; } = diagnostics;

    /// <summary>A document's word and page counts; the preview gives counts it kept for the chapters that did not change.</summary>
    public Func<Document, DocumentStats> Stats { get; init; } = document => document.Stats;

    /// <summary>A file of the repository as written (null when it is gone), read once however many checks ask.</summary>
    public SourceText? Source(string relativePath)
    {
        if (sources.TryGetValue(relativePath, out var cached)) return cached;
        var path = Path.Combine(Publication.Root, relativePath);
        var text = File.Exists(path) ? SourceFiles.Read(Publication.Root, path) : null;
        sources[relativePath] = text;
        return text;
    }

    public static string ManifestOf(Document document) => $"{document.Folder}/{Paths.ManifestName}";
}
