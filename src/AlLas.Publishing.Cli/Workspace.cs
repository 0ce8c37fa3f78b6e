using AlLas.Publishing.Content;

namespace AlLas.Publishing.Cli;

/// <summary>
/// The publication repository a command works on, found from whatever folder inside it the command runs in:
/// content/, templates/ and out/ are always the repository's, never the current folder's.
/// </summary>
public static class Workspace
{
    public const string DefaultOutput = "out";

    /// <summary>The publication repository the command runs in: the current folder or one above it.</summary>
    public static string Root() =>
        Paths.FindRoot(Directory.GetCurrentDirectory())
        ?? throw new SourceException(Directory.GetCurrentDirectory(), "AL0007", $"no se encuentra {Paths.PublicationFile} aquí ni en las carpetas superiores");

    /// <summary>
    /// Where a command writes: a folder the writer named, as the shell sees it (from the current folder), or else
    /// the repository's out/, so that a build run in content/cuaderno-2/ does not leave an out/ there.
    /// </summary>
    public static string Output(string root, string? given) =>
        string.IsNullOrEmpty(given) ? Path.Combine(root, DefaultOutput) : Path.GetFullPath(given);
}
