namespace AlLas.Publishing.Tests.Support;

/// <summary>
/// A publication copied to a fresh folder (content/ from a fixture or the repository, with the
/// repository's templates), so that a test may edit and build it without touching the real one.
/// </summary>
public abstract class PublicationFolder : IDisposable
{
    private readonly TempDir dir = RepoPaths.NewTempDir();

    public string Root => dir.Path;

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.Contains(oldText, text);
        Write(relative, text.Replace(oldText, newText));
    }

    public void Dispose() => dir.Dispose();

    /// <summary>Fixtures/mini: one document, two chapters and an annex.</summary>
    protected void CopyMiniFixture()
    {
        Copy(Path.Combine(RepoPaths.Tests, "Fixtures", "mini"), Root);
        Copy(RepoPaths.Templates, PathOf("templates"));
    }

    /// <summary>The repository's own content/.</summary>
    protected void CopyRealContent()
    {
        Copy(RepoPaths.Content, PathOf("content"));
        Copy(RepoPaths.Templates, PathOf("templates"));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
