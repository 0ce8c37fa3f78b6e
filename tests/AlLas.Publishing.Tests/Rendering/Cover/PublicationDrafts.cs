using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Rendering.Cover;

/// <summary>
/// The drafts of the publication in content/, built once by `allas build` into a folder of their own for
/// the tests of a class (docx and html of both documents).
/// </summary>
public sealed class PublicationDrafts : IDisposable
{
    private readonly TempDir dir = RepoPaths.NewTempDir();
    private readonly Lazy<string> built;

    public PublicationDrafts() => built = new Lazy<string>(() => Build(new Dictionary<string, string?>()));

    public string Folder => built.Value;

    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>A build with its own environment (ALLAS_DOT=none: as where Graphviz is not installed), into a subfolder.</summary>
    public string Build(IReadOnlyDictionary<string, string?> environment, string name = "out")
    {
        var output = Path.Combine(dir.Path, name);
        var result = Allas.Run(RepoPaths.Root, ["build", "--out", output], environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        return output;
    }

    public void Dispose() => dir.Dispose();
}
