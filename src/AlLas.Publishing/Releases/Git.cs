using System.ComponentModel;
using System.Diagnostics;

namespace AlLas.Publishing.Releases;

/// <summary>The few git questions releases and review ask of the repository holding the publication.</summary>
public sealed class Git(string root)
{
    public string Root { get; } = root;

    /// <summary>The commit HEAD names (40 hex digits).</summary>
    public string Head()
    {
        var head = Text("rev-parse", "--verify", "HEAD").Trim();
        if (head.Length != 40) throw new SourceException(Root, "AL0501", "el repositorio no tiene ninguna confirmación (commit) todavía");
        return head;
    }

    /// <summary>Paths with uncommitted changes (staged, unstaged or untracked) under the given paths, as `git status --porcelain` lists them.</summary>
    public IReadOnlyList<string> Changed(params string[] paths)
    {
        var output = Text(["status", "--porcelain", "--untracked-files=all", "--", .. paths]);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Length > 3 ? line[3..].Trim('"') : line)
            .Select(path => path.Contains(" -> ") ? path[(path.IndexOf(" -> ", StringComparison.Ordinal) + 4)..] : path)
            .ToList();
    }

    /// <summary>Whether a commit exists in this repository.</summary>
    public bool HasCommit(string commit) => Run(["cat-file", "-e", commit + "^{commit}"], out _, out _) == 0;

    /// <summary>The files of paths at a commit, as a tar stream (`git archive`).</summary>
    public byte[] Archive(string commit, params string[] paths)
    {
        var code = Run(["archive", "--format=tar", commit, "--", .. paths], out var bytes, out var error);
        if (code != 0) throw new SourceException(Root, "AL0502", $"git archive {commit[..Math.Min(10, commit.Length)]} falló: {error.Trim()}");
        return bytes;
    }

    /// <summary>Whether a path exists at a commit.</summary>
    public bool Exists(string commit, string path) => Run(["cat-file", "-e", $"{commit}:{path}"], out _, out _) == 0;

    private string Text(params string[] arguments)
    {
        var code = Run(arguments, out var bytes, out var error);
        if (code != 0) throw new SourceException(Root, "AL0500", $"git {arguments[0]} falló: {error.Trim()}");
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    private int Run(string[] arguments, out byte[] output, out string error)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Root,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=off");
        foreach (var a in arguments) start.ArgumentList.Add(a);
        try
        {
            using var git = Process.Start(start) ?? throw new SourceException(Root, "AL0500", "no se puede ejecutar git");
            var errorTask = git.StandardError.ReadToEndAsync();
            using var buffer = new MemoryStream();
            git.StandardOutput.BaseStream.CopyTo(buffer);
            git.WaitForExit();
            output = buffer.ToArray();
            error = errorTask.Result;
            return git.ExitCode;
        }
        catch (Win32Exception e)
        {
            throw new SourceException(Root, "AL0500", "no se encuentra git; las versiones necesitan un repositorio git", e);
        }
    }
}
