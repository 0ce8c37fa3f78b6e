using AlLas.Publishing.Content;

namespace AlLas.Publishing.Cli;

public static class Workspace
{
    /// <summary>The publication repository the command runs in: the current folder or one above it.</summary>
    public static string Root() =>
        Paths.FindRoot(Directory.GetCurrentDirectory())
        ?? throw new SourceException(Directory.GetCurrentDirectory(), "AL0007", $"no se encuentra {Paths.PublicationFile} aquí ni en las carpetas superiores");
}
