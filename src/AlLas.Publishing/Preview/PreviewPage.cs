using AlLas.Publishing.Content;

namespace AlLas.Publishing.Preview;

/// <summary>
/// What the preview serves for one document: the files of its last good build (none before the first
/// one), the problems of its latest build, and a version that moves whenever either changes.
/// </summary>
public sealed record PreviewPage(string Id, string Title, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Problems, long Version)
{
    public string PagePath => $"{Id}.html";

    public bool HasErrors => Problems.Any(p => p.Severity == Severity.Error);

    public IEnumerable<Diagnostic> Errors => Problems.Where(p => p.Severity == Severity.Error);
}
