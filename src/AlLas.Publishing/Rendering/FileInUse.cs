namespace AlLas.Publishing.Rendering;

/// <summary>
/// A file another program holds open, as Word holds the draft it shows: Windows then refuses to replace it
/// (a sharing violation). The writer is told which file and what to do, never a stack trace.
/// </summary>
public static class FileInUse
{
    public const string Code = "AL0090";

    /// <summary>
    /// Throws the refusal when an existing file cannot be opened for writing by this process alone. Only a sharing
    /// violation counts: a read-only file is left to the move, which on Linux replaces it as before.
    /// </summary>
    public static void ThrowIfHeld(string path)
    {
        if (!File.Exists(path)) return;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw Refusal(path, e, nothingChanged: true);
        }
        catch (UnauthorizedAccessException) { }
    }

    public static SourceException Refusal(string path, Exception cause, bool nothingChanged) =>
        new(path, Code,
            (cause is UnauthorizedAccessException
                ? "no se puede reemplazar: no hay permiso de escritura o el archivo es de solo lectura."
                : "no se puede reemplazar: otro programa tiene el archivo abierto.") +
            " Si está abierto en Word u otro programa, ciérrelo allí y vuelva a ejecutar la orden" +
            (nothingChanged ? "; no se ha cambiado ninguno de los archivos de esta orden." : "."),
            cause);
}
