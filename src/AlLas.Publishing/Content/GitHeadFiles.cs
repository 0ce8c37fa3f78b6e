namespace AlLas.Publishing.Content;

/// <summary>
/// The commit HEAD names, read from the repository's own files rather than asked of a git process, which
/// costs a short build several milliseconds. Covers what writers' folders hold: no repository at all, a branch
/// (its ref loose or packed), a detached HEAD, a linked worktree. Anything else (GIT_DIR or ceilings set, a bare
/// repository, an unborn branch, another ref storage, a symbolic ref) is left to git.
/// </summary>
public static class GitHeadFiles
{
    private const string BranchRef = "ref: refs/heads/";

    /// <summary>What the files say: <see cref="Commit"/>, or null for no repository, when <see cref="Known"/>.</summary>
    public readonly record struct Head(bool Known, string? Commit)
    {
        public static Head AskGit => new(false, null);
    }

    public static Head Read(string root)
    {
        if (Environment.GetEnvironmentVariable("GIT_DIR") is not null || Environment.GetEnvironmentVariable("GIT_CEILING_DIRECTORIES") is not null)
            return Head.AskGit;
        try
        {
            var (found, gitDir) = GitDirectory(Path.GetFullPath(root));
            if (!found) return new Head(true, null);
            if (gitDir is null || FirstLine(Path.Combine(gitDir, "HEAD")) is not { } head) return Head.AskGit;
            if (IsObjectId(head)) return new Head(true, head);
            if (!head.StartsWith(BranchRef, StringComparison.Ordinal)) return Head.AskGit;
            var branch = head["ref: ".Length..];
            var common = CommonDirectory(gitDir);
            var commit = FirstLine(Path.Combine(common, branch)) is { } loose ? loose : Packed(common, branch);
            return commit is not null && IsObjectId(commit) ? new Head(true, commit) : Head.AskGit;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Head.AskGit;
        }
    }

    /// <summary>The git directory of a repository's root folder (a linked worktree's own); null where the root has no readable .git.</summary>
    public static string? GitDirectoryOf(string root) => DotGit(Path.GetFullPath(root)).GitDir;

    /// <summary>
    /// The nearest .git above <paramref name="folder"/>: a directory, or a file naming one (worktrees, submodules);
    /// none at all, or a folder that may be a bare repository, which git would take as one (git directory null).
    /// </summary>
    private static (bool Found, string? GitDir) GitDirectory(string folder)
    {
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (DotGit(dir) is { Found: true } dotGit) return dotGit;
            if (File.Exists(Path.Combine(dir, "HEAD"))) return (true, null);
        }
        return (false, null);
    }

    /// <summary>A folder's own .git: a directory, or a file naming one (git directory null when it names none).</summary>
    private static (bool Found, string? GitDir) DotGit(string dir)
    {
        var dotGit = Path.Combine(dir, ".git");
        if (Directory.Exists(dotGit)) return (true, dotGit);
        if (!File.Exists(dotGit)) return (false, null);
        return FirstLine(dotGit) is { } line && line.StartsWith("gitdir: ", StringComparison.Ordinal)
            ? (true, Path.GetFullPath(Path.Combine(dir, line["gitdir: ".Length..])))
            : (true, null);
    }

    /// <summary>Where branches live: a linked worktree's git directory names the main one in `commondir`.</summary>
    private static string CommonDirectory(string gitDir) =>
        FirstLine(Path.Combine(gitDir, "commondir")) is { } common ? Path.GetFullPath(Path.Combine(gitDir, common)) : gitDir;

    private static string? Packed(string common, string branch)
    {
        var path = Path.Combine(common, "packed-refs");
        if (!File.Exists(path)) return null;
        foreach (var line in File.ReadLines(path))
        {
            var space = line.IndexOf(' ');
            if (space > 0 && line.AsSpan(space + 1).SequenceEqual(branch)) return line[..space];
        }
        return null;
    }

    private static string? FirstLine(string path)
    {
        if (!File.Exists(path)) return null;
        using var reader = new StreamReader(path);
        return reader.ReadLine()?.Trim();
    }

    /// <summary>A full object name: 40 hex digits (SHA-1) or 64 (SHA-256), as git writes them.</summary>
    private static bool IsObjectId(string text) =>
        text.Length is 40 or 64 && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
