namespace AlLas.Publishing.Content;

/// <summary>The fixed places of a publication repository.</summary>
public static class Paths
{
    public const string Content = "content";
    public const string Templates = "templates";
    public const string PublicationFile = "content/publication.yml";
    public const string ManifestName = "document.yml";

    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>The repository root: the nearest folder upwards holding content/publication.yml.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, PublicationFile))) return dir.FullName;
        }
        return null;
    }
}
