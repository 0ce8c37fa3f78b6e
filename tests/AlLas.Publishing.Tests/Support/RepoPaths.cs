namespace AlLas.Publishing.Tests.Support;

/// <summary>
/// Where things are, seen from a running test: the repository (found by its solution file, so tests
/// work from any output folder), its content/ and templates/.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> root = new(FindRoot);

    public static string Root => root.Value;
    public static string Content => Path.Combine(Root, "content");
    public static string Templates => Path.Combine(Root, "templates");
    public static string Tests => Path.Combine(Root, "tests", "AlLas.Publishing.Tests");

    /// <summary>A fresh empty folder for one test; dispose it to delete it (ALLAS_KEEP_TEMP=1 keeps it to look at).</summary>
    public static TempDir NewTempDir() => new();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlLas.Publishing.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"AlLas.Publishing.sln not found above {AppContext.BaseDirectory}");
    }
}

public sealed class TempDir : IDisposable
{
    public string Path { get; }

    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "allas-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>A path inside this folder (not created).</summary>
    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public string Dir(string relative) => Directory.CreateDirectory(System.IO.Path.Combine(Path, relative)).FullName;

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("ALLAS_KEEP_TEMP") == "1") return;
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    public override string ToString() => Path;
}
