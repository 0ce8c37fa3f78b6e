using AlLas.Publishing.Content;

namespace AlLas.Publishing.Cli;

/// <summary>
/// The publication repository a command works on, found from whatever folder inside it the command runs in:
/// content/, templates/ and out/ are always the repository's, never the current folder's.
/// </summary>
public static class Workspace
{
    public const string DefaultOutput = "out";

    /// <summary>
    /// Where a command writes: a folder the writer named, as the shell sees it (from the folder the command
    /// runs in), or else the repository's out/, so that a build run in content/cuaderno-2/ does not leave an out/ there.
    /// </summary>
    public static string Output(string root, string? given) =>
        string.IsNullOrEmpty(given) ? Path.Combine(root, DefaultOutput) : FullPath(given);

    private static readonly AsyncLocal<string?> given = new();

    /// <summary>
    /// The folder the command runs in: the process's current folder, unless the host that runs the CLI
    /// in its own process gave another (a process has one current folder; commands run side by side do not).
    /// </summary>
    public static string Directory => given.Value ?? System.IO.Directory.GetCurrentDirectory();

    internal static IDisposable RunIn(string? directory)
    {
        var before = given.Value;
        given.Value = directory is null ? before : System.IO.Path.GetFullPath(directory);
        return new Restore(() => given.Value = before);
    }

    /// <summary>A path given on the command line, relative to the folder the command runs in.</summary>
    public static string FullPath(string path) => System.IO.Path.GetFullPath(path, Directory);

    /// <summary>The publication repository the command runs in: the current folder or one above it.</summary>
    public static string Root() =>
        Paths.FindRoot(Directory)
        ?? throw new SourceException(Directory, "AL0007", $"no se encuentra {Paths.PublicationFile} aquí ni en las carpetas superiores");

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
