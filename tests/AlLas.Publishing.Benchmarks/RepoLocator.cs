namespace AlLas.Publishing.Benchmarks;

/// <summary>The repository the bench runs from: found by its solution file above the current folder or the bench's own.</summary>
public static class RepoLocator
{
    public static string Root =>
        Find(Directory.GetCurrentDirectory()) ?? Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("AlLas.Publishing.sln not found above the current folder; run the bench from the repository");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Reports => Path.Combine(Root, "tests", "AlLas.Publishing.Benchmarks", "reports");

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlLas.Publishing.sln"))) return dir.FullName;
        }
        return null;
    }
}
