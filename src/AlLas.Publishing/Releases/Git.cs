using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace AlLas.Publishing.Releases;

/// <summary>
/// The few git questions releases, review and the redline ask of the repository holding the
/// publication. Paths are relative to <see cref="Root"/>, with forward slashes.
/// </summary>
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

    /// <summary>The commit a revision (tag, branch, hash, HEAD~2) names, or null.</summary>
    public string? Commit(string revision)
    {
        var code = Run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], out var output, out _);
        var commit = Encoding.UTF8.GetString(output).Trim();
        return code == 0 && commit.Length == 40 ? commit : null;
    }

    /// <summary>Whether a commit exists in this repository.</summary>
    public bool HasCommit(string commit) => Run(["cat-file", "-e", commit + "^{commit}"], out _, out _) == 0;

    /// <summary>A commit's committer date, ISO 8601, or null.</summary>
    public string? CommitDate(string commit)
    {
        var code = Run(["show", "-s", "--format=%cI", commit], out var output, out _);
        var date = Encoding.UTF8.GetString(output).Trim();
        return code == 0 && date.Length > 0 ? date : null;
    }

    /// <summary>Whether a file (relative to <see cref="Root"/>) is in HEAD exactly as it is on disk: then the commit is its way back.</summary>
    public bool IsCommittedAsIs(string path) =>
        Run(["cat-file", "-e", $"HEAD:./{path}"], out _, out _) == 0
        && Run(["status", "--porcelain", "--", path], out var status, out _) == 0
        && status.Length == 0;

    /// <summary>Paths with uncommitted changes (staged, unstaged or untracked) under the given paths, as `git status --porcelain` lists them.</summary>
    public IReadOnlyList<string> Changed(params string[] paths)
    {
        var output = Text(["status", "--porcelain", "--untracked-files=all", "--", .. paths]);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Length > 3 ? line[3..].Trim('"') : line)
            .Select(path => path.Contains(" -> ") ? path[(path.IndexOf(" -> ", StringComparison.Ordinal) + 4)..] : path)
            .ToList();
    }

    /// <summary>Every path with changes not yet committed (staged, unstaged or untracked), both names of a rename; empty when git cannot tell.</summary>
    public IReadOnlySet<string> Uncommitted()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (Run(["rev-parse", "--show-prefix"], out var prefixBytes, out _) != 0) return paths;
        // Status names paths from the top of the repository, which may hold the publication in a folder.
        var prefix = Encoding.UTF8.GetString(prefixBytes).Trim();
        if (Run(["status", "--porcelain", "-z", "--untracked-files=all", "--", "."], out var output, out _) != 0) return paths;
        // Entries are "XY path\0", a rename or copy adding "from\0" after it.
        var fields = Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Length < 4) continue;
            Add(fields[i][3..]);
            if (fields[i][0] is 'R' or 'C' && i + 1 < fields.Length) Add(fields[++i]);
        }
        return paths;

        void Add(string path) => paths.Add(path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path);
    }

    /// <summary>
    /// What was committed after <paramref name="since"/> (the commits of since..HEAD): the committer
    /// date, ISO 8601, of the newest of them, and of the newest touching each path. One `git log`
    /// answers for every file, where asking file by file would start a process for each.
    /// </summary>
    public CommitsSince ChangesSince(string since)
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        // Each commit is "\x01date" followed by the paths it touched, one a line, newest commit
        // first; a rename counts for both names, as a path-limited `git log` would see it.
        var code = Run(["log", "--format=%x01%cI", "--name-only", "--no-renames", "--relative", since + "..HEAD"], out var output, out _);
        if (code != 0) return new CommitsSince(null, byPath);
        string? newest = null, date = null;
        foreach (var line in Encoding.UTF8.GetString(output).Split('\n'))
        {
            if (line.Length == 0) continue;
            if (line[0] == '\u0001')
            {
                date = line[1..].Trim();
                newest ??= date;
                continue;
            }
            if (date is not null) byPath.TryAdd(Unquote(line), date);
        }
        return new CommitsSince(newest, byPath);
    }

    /// <summary>The files of paths at a commit, as a tar stream (`git archive`).</summary>
    public byte[] Archive(string commit, params string[] paths)
    {
        var code = Run(["archive", "--format=tar", commit, "--", .. paths], out var bytes, out var error);
        if (code != 0) throw new SourceException(Root, "AL0502", $"git archive {commit[..Math.Min(10, commit.Length)]} falló: {error.Trim()}");
        return bytes;
    }

    /// <summary>Whether a path exists at a commit.</summary>
    public bool Exists(string commit, string path) => Run(["cat-file", "-e", $"{commit}:{path}"], out _, out _) == 0;

    /// <summary>A path as git prints it: names with quotes, backslashes or control characters come C-quoted.</summary>
    private static string Unquote(string path)
    {
        if (path.Length < 2 || path[0] != '"' || path[^1] != '"') return path;
        var text = new StringBuilder();
        for (var i = 1; i < path.Length - 1; i++)
        {
            if (path[i] != '\\' || i + 1 >= path.Length - 1) { text.Append(path[i]); continue; }
            var c = path[++i];
            text.Append(c switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => c });
        }
        return text.ToString();
    }

    private string Text(params string[] arguments)
    {
        var code = Run(arguments, out var bytes, out var error);
        if (code != 0) throw new SourceException(Root, "AL0500", $"git {arguments[0]} falló: {error.Trim()}");
        return Encoding.UTF8.GetString(bytes);
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
            throw new SourceException(Root, "AL0500", "no se encuentra git; las versiones y el borrador con cambios necesitan un repositorio git", e);
        }
    }
}

/// <summary>The commits after a release: the date of the newest, and of the newest touching each path (ISO 8601).</summary>
public sealed record CommitsSince(string? Newest, IReadOnlyDictionary<string, string> ByPath);
