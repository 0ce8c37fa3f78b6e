using System.Diagnostics;

namespace AlLas.Publishing.Content;

/// <summary>The git commit the sources are at, stamped in drafts so that a returned file can be traced.</summary>
public static class SourceCommit
{
    public static string? Of(string root) => GitHeadFiles.Read(root) is { Known: true } head ? head.Commit : FromGit(root);

    private static string? FromGit(string root)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", root, "rev-parse", "HEAD"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var git = Process.Start(start);
            if (git is null) return null;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && commit.Length >= 40 ? commit : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
