using AlLas.Publishing.Content;
using AlLas.Publishing.Tests.Releases;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Content;

/// <summary>The commit read from .git's files is the one `git rev-parse HEAD` gives, wherever the ref is kept.</summary>
public class GitHeadFilesTests
{
    [Fact]
    public void A_branch_with_a_loose_ref_and_from_a_folder_below_the_root()
    {
        using var repo = PublicationRepo.Mini();

        Assert.Equal(Known(repo.Head()), GitHeadFiles.Read(repo.Root));
        Assert.Equal(Known(repo.Head()), GitHeadFiles.Read(repo.PathOf("content")));
    }

    [Fact]
    public void A_branch_whose_ref_is_packed()
    {
        using var repo = PublicationRepo.Mini();
        repo.Git("pack-refs", "--all");

        Assert.False(File.Exists(repo.PathOf(".git/refs/heads/main")));
        Assert.Equal(Known(repo.Head()), GitHeadFiles.Read(repo.Root));
    }

    [Fact]
    public void A_loose_ref_counts_over_a_packed_one()
    {
        using var repo = PublicationRepo.Mini();
        repo.Git("pack-refs", "--all");
        repo.Commit("Otra");

        Assert.Equal(Known(repo.Head()), GitHeadFiles.Read(repo.Root));
    }

    [Fact]
    public void A_detached_head()
    {
        using var repo = PublicationRepo.Mini();
        var first = repo.Head();
        repo.Commit("Otra");
        repo.Git("checkout", "-q", "--detach", first);

        Assert.Equal(Known(first), GitHeadFiles.Read(repo.Root));
    }

    [Fact]
    public void A_linked_worktree_on_its_own_branch()
    {
        using var repo = PublicationRepo.Mini();
        using var other = RepoPaths.NewTempDir();
        repo.Git("worktree", "add", "-q", "-b", "revision", other.Path);
        File.WriteAllText(Path.Combine(other.Path, "nota.md"), "nota\n");
        Git(other.Path, "add", "-A");
        Git(other.Path, "-c", "user.name=Equipo", "-c", "user.email=equipo@example.org", "commit", "-q", "-m", "Nota");

        Assert.Equal(Known(Git(other.Path, "rev-parse", "HEAD").Trim()), GitHeadFiles.Read(other.Path));
        Assert.Equal(Known(repo.Head()), GitHeadFiles.Read(repo.Root));
    }

    [Fact]
    public void No_repository_is_known_without_git_and_an_unborn_branch_is_left_to_it()
    {
        using var folder = RepoPaths.NewTempDir();
        Assert.Equal(Known(null), GitHeadFiles.Read(folder.Path));
        Assert.Null(SourceCommit.Of(folder.Path));

        Git(folder.Path, "init", "-q", "-b", "main");
        Assert.Equal(GitHeadFiles.Head.AskGit, GitHeadFiles.Read(folder.Path));
        Assert.Null(SourceCommit.Of(folder.Path));
    }

    private static GitHeadFiles.Head Known(string? commit) => new(true, commit);

    private static string Git(string folder, params string[] args)
    {
        var result = ExternalTool.Run("git", args, folder, timeout: TimeSpan.FromSeconds(60));
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.StdOut;
    }
}
