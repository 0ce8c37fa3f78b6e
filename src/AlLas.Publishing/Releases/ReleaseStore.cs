using AlLas.Publishing.Content;

namespace AlLas.Publishing.Releases;

/// <summary>The release records of a repository (content/*/versiones/*.yml).</summary>
public static class ReleaseStore
{
    public static IReadOnlyList<ReleaseRecord> All(string root)
    {
        var content = Path.Combine(root, Paths.Content);
        if (!Directory.Exists(content)) return [];
        return Directory.GetDirectories(content)
            .Select(d => Path.Combine(d, ReleaseRecord.Folder))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.yml"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => ReleaseRecord.Parse(Paths.Relative(root, f), File.ReadAllText(f)))
            .ToList();
    }

    public static ReleaseRecord? Find(string root, string document, string label)
    {
        var path = Path.Combine(root, ReleaseRecord.PathOf(document, label));
        return File.Exists(path) ? ReleaseRecord.Parse(ReleaseRecord.PathOf(document, label), File.ReadAllText(path)) : null;
    }

    public static void Save(string root, ReleaseRecord record) =>
        Rendering.AtomicOutput.WriteFile(Path.Combine(root, record.Path), System.Text.Encoding.UTF8.GetBytes(record.ToYaml()));

    /// <summary>Files the toolkit itself keeps under content/: records of releases and review registers, never rendered.</summary>
    public static bool IsRecord(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        return parts.Length >= 4 && parts[0] == Paths.Content && parts[2] is ReleaseRecord.Folder or "revisiones";
    }
}
