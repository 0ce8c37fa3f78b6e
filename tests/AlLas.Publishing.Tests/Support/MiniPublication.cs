using AlLas.Publishing.Content;

namespace AlLas.Publishing.Tests.Support;

/// <summary>
/// A small publication (Fixtures/mini: one document, two chapters, an annex) with the repository's own
/// templates, copied to a fresh folder so that a test may break it and build it.
/// </summary>
public sealed class MiniPublication : IDisposable
{
    private readonly TempDir dir = RepoPaths.NewTempDir();

    public MiniPublication()
    {
        Copy(Path.Combine(RepoPaths.Tests, "Fixtures", "mini"), dir.Path);
        Copy(RepoPaths.Templates, Path.Combine(dir.Path, "templates"));
    }

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

    public Publication Load(Diagnostics? diagnostics = null)
    {
        diagnostics ??= new Diagnostics();
        var publication = new PublicationLoader(Root, diagnostics, ReleaseInfo.WorkingDraft("0123456789abcdef0123456789abcdef01234567")).Load();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return publication;
    }

    public void Dispose() => dir.Dispose();

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
