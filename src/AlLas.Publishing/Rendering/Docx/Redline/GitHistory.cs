using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>The few git questions the redline asks: what a label names, when a file last changed, the files of a commit.</summary>
internal sealed class GitHistory(string root)
{
    public string Root => root;

    /// <summary>The commit a revision (tag, branch, hash, HEAD~2) names, or null.</summary>
    public string? Commit(string revision)
    {
        var (code, output, _) = Run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"]);
        var commit = Encoding.UTF8.GetString(output).Trim();
        return code == 0 && commit.Length == 40 ? commit : null;
    }

    /// <summary>The committer date of the newest commit in (since, HEAD] touching path (any path when null), ISO 8601.</summary>
    public string? LastChange(string since, string? path)
    {
        string[] args = path is null
            ? ["log", "-1", "--format=%cI", since + "..HEAD"]
            : ["log", "-1", "--format=%cI", since + "..HEAD", "--", path];
        var (code, output, _) = Run(args);
        var date = Encoding.UTF8.GetString(output).Trim();
        return code == 0 && date.Length > 0 ? date : null;
    }

    public string? CommitDate(string commit)
    {
        var (code, output, _) = Run(["show", "-s", "--format=%cI", commit]);
        var date = Encoding.UTF8.GetString(output).Trim();
        return code == 0 && date.Length > 0 ? date : null;
    }

    /// <summary>Whether path has changes not yet committed.</summary>
    public bool IsDirty(string path)
    {
        var (code, output, _) = Run(["status", "--porcelain", "--", path]);
        return code == 0 && output.Length > 0;
    }

    private (int Code, byte[] Output, string Error) Run(string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=off");
        foreach (var a in arguments) start.ArgumentList.Add(a);
        try
        {
            using var git = Process.Start(start) ?? throw new SourceException(root, "AL0600", "no se puede ejecutar git");
            var error = git.StandardError.ReadToEndAsync();
            using var buffer = new MemoryStream();
            git.StandardOutput.BaseStream.CopyTo(buffer);
            git.WaitForExit();
            return (git.ExitCode, buffer.ToArray(), error.Result);
        }
        catch (Win32Exception e)
        {
            throw new SourceException(root, "AL0600", "no se encuentra git; el borrador con cambios necesita el historial del repositorio", e);
        }
    }
}
