using System.Diagnostics;

namespace AlLas.Publishing.Content;

/// <summary>The git commit the sources are at, stamped in drafts so that a returned file can be traced.</summary>
public static class SourceCommit
{
    public static string? Of(string root) => GitHeadFiles.Read(root) is { Known: true } head ? head.Commit : FromGit(root);

    /// <summary>
    /// What a working draft says of itself: the commit its sources are at, dated by that commit (not by the
    /// clock, so that the same sources give the same draft).
    /// </summary>
    public static ReleaseInfo Draft(string root)
    {
        var commit = Of(root);
        return ReleaseInfo.WorkingDraft(commit) with { Date = commit is null ? null : Git(root, "show", "-s", "--format=%cs", commit) };
    }

    private static string? FromGit(string root) => Git(root, "rev-parse", "HEAD") is { Length: >= 40 } commit ? commit : null;

    private static string? Git(string root, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", root, .. arguments])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var git = Process.Start(start);
            if (git is null) return null;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && commit.Length > 0 ? commit : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
