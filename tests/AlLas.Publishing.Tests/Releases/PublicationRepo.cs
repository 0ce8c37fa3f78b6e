using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Releases;

/// <summary>
/// A publication in a git repository of its own, as writers keep it: the small fixture (or any
/// content/) with the repository's templates, committed, and the `allas` command run inside it.
/// </summary>
public sealed class PublicationRepo : PublicationFolder
{
    private PublicationRepo() { }

    /// <summary>Fixtures/mini with the repository's templates, committed.</summary>
    public static PublicationRepo Mini()
    {
        var repo = new PublicationRepo();
        repo.CopyMiniFixture();
        repo.Init();
        return repo;
    }

    /// <summary>The repository's own content/ and templates/, committed in a fresh repository.</summary>
    public static PublicationRepo RealContent()
    {
        var repo = new PublicationRepo();
        repo.CopyRealContent();
        repo.Init();
        return repo;
    }

    private void Init()
    {
        File.WriteAllText(PathOf(".gitignore"), "/out/\n*.docx\n");
        Git("init", "-q", "-b", "main");
        Commit("Fuentes");
    }

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=Equipo", "-c", "user.email=equipo@example.org", "commit", "-q", "--allow-empty", "-m", message);
    }

    public string Head() => Git("rev-parse", "HEAD").Trim();

    public string Status() => Git("status", "--porcelain");

    public string Git(params string[] args)
    {
        var result = ExternalTool.Run("git", args, Root, timeout: TimeSpan.FromSeconds(60));
        if (result.ExitCode != 0) throw new InvalidOperationException(result.ToString());
        return result.StdOut;
    }

    public ProcessResult Allas(params string[] args) => Support.Allas.Run(Root, args);

    /// <summary>Runs allas and fails with its output unless it exits 0.</summary>
    public string AllasOk(params string[] args)
    {
        var result = Allas(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.StdOut;
    }

    /// <summary>Every file under the repository with its bytes' hash, to show that a refused command wrote nothing.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}"))
            .ToDictionary(f => Path.GetRelativePath(Root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
