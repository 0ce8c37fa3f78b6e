using System.Text.RegularExpressions;
using AlLas.Publishing.Content;

namespace AlLas.Publishing.Faults;

/// <summary>
/// Any failure turned into the one line a user reads: where (the path the system named, else "allas"),
/// a code, and in Spanish what happened and what to do. Faults of the disk or the file system are told
/// apart from faults of allas itself, which ask to be run again with --debug and reported.
/// </summary>
public static partial class Fault
{
    // errno values, as .NET on Unix keeps them in IOException.HResult when it has no exception of its own for them.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int IsDirectory = 21;
    private const int TooManyLinks = 40;
    private const int QuotaExceeded = 122;

    public static Diagnostic Describe(Exception e)
    {
        if (e is SourceException source) return new(Severity.Error, source.Location, source.Code, source.Message);
        var path = PathOf(e);
        var where = path ?? "allas";
        var named = path is null ? "" : $" {path}";
        return e switch
        {
            StandardOutputException => new(Severity.Error, "salida estándar", FaultCodes.StandardOutput,
                $"no se pudo escribir la salida ({e.InnerException?.Message ?? e.Message}); si va a un archivo o a otro programa, compruebe que hay espacio y que lo sigue leyendo"),
            InsufficientExecutionStackException => new(Severity.Error, where, FaultCodes.TooDeep,
                "la entrada está anidada a demasiada profundidad para leerla; simplifique su estructura"),
            OutOfMemoryException => new(Severity.Error, where, FaultCodes.OutOfMemory,
                "no hay memoria suficiente para esta entrada; compruebe que no es desmesurada"),
            IOException io when io.HResult is NoSpace or QuotaExceeded || Says(io, "No space left", "Disk quota") => new(Severity.Error, where, FaultCodes.DiskFull,
                $"no queda espacio en el disco para escribir{named}; libere espacio o elija otra carpeta de salida (--out) y vuelva a intentarlo"),
            IOException io when io.HResult == ReadOnlyFileSystem || Says(io, "Read-only file system") => new(Severity.Error, where, FaultCodes.ReadOnly,
                $"no se puede escribir{named}: el disco es de solo lectura; elija otra carpeta de salida (--out)"),
            IOException io when io.HResult == TooManyLinks || Says(io, "Too many levels of symbolic links") => new(Severity.Error, where, FaultCodes.LinkLoop,
                $"{path ?? "un enlace simbólico"} forma un bucle de enlaces simbólicos; corrija el enlace"),
            IOException io when io.HResult == IsDirectory || Says(io, "Is a directory") => new(Severity.Error, where, FaultCodes.IsFolder,
                $"{path ?? "la ruta"} es una carpeta y aquí hace falta un archivo; indique un archivo"),
            UnauthorizedAccessException => new(Severity.Error, where, FaultCodes.Permission,
                $"sin permiso para acceder a{named}: revise sus permisos (o si es una carpeta donde se esperaba un archivo) y vuelva a intentarlo"),
            FileNotFoundException or DirectoryNotFoundException => new(Severity.Error, where, FaultCodes.Missing,
                $"no existe{named}; compruebe la ruta"),
            PathTooLongException => new(Severity.Error, where, FaultCodes.InputOutput, "la ruta es demasiado larga; acórtela"),
            IOException io => new(Severity.Error, where, FaultCodes.InputOutput,
                $"error de entrada/salida en{(path is null ? " un archivo" : named)} ({io.Message}); compruebe el disco y la ruta"),
            _ => new(Severity.Error, "allas", FaultCodes.Internal,
                $"error interno ({e.GetType().Name}: {e.Message}); vuelva a ejecutar con --debug y comunique lo que muestra"),
        };
    }

    private static bool Says(Exception e, params string[] phrases) => phrases.Any(p => e.Message.Contains(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>The path an exception names: its own property, else the first quoted path of its message.</summary>
    private static string? PathOf(Exception e)
    {
        var path = e switch
        {
            FileNotFoundException f when !string.IsNullOrEmpty(f.FileName) => f.FileName,
            _ => QuotedPath().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : null,
        };
        return path is null ? null : Show(path);
    }

    /// <summary>A path as a user gave it or sees it: relative to the current folder when inside it, else full.</summary>
    public static string Show(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    [GeneratedRegex("'(/[^']*|[A-Za-z]:\\\\[^']*)'")]
    private static partial Regex QuotedPath();
}

/// <summary>Writing to the standard output failed (a full disk, a closed pipe): the output is lost, so the command fails.</summary>
public sealed class StandardOutputException(Exception inner) : IOException(inner.Message, inner);
