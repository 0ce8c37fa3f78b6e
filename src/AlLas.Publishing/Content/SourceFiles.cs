using AlLas.Publishing.Faults;

namespace AlLas.Publishing.Content;

/// <summary>
/// The sources a publication reads (its YAML, chapters, images, templates) come only from inside the
/// repository, once every symbolic link is followed, and only from regular files: a chapter listed as
/// ../../etc/passwd, a link out of the repository, a FIFO or a device is refused where it is named.
/// </summary>
public static class SourceFiles
{
    /// <summary>Why <paramref name="path"/> (as written: <paramref name="named"/>) cannot be read as a source, or null when it can or does not exist.</summary>
    public static (string Code, string Message)? Problem(string root, string path, string named)
    {
        string resolved;
        try
        {
            resolved = FileChecks.Resolved(path);
        }
        catch (SourceException e)
        {
            return (e.Code, e.Message);
        }
        if (!IsInside(FileChecks.Resolved(root), resolved))
            return (FaultCodes.OutsideRepository, $"'{named}' queda fuera del repositorio ({resolved}); solo se leen archivos de dentro del repositorio");
        return FileKinds.Of(resolved) switch
        {
            FileKind.Folder => (FaultCodes.IsFolder, $"'{named}' es una carpeta, no un archivo"),
            FileKind.Other => (FaultCodes.NotRegularFile, $"'{named}' no es un archivo regular (es un dispositivo, una FIFO o un socket); solo se leen archivos"),
            _ => null,
        };
    }

    /// <summary>A source file's text, refused (at its own path) when it is not a regular file of the repository.</summary>
    public static SourceText Read(string root, string path)
    {
        var relative = Paths.Relative(root, path);
        if (Problem(root, path, relative) is { } problem) throw new SourceException(relative, problem.Code, problem.Message);
        SourceText source;
        try
        {
            source = new SourceText(relative, File.ReadAllText(path).Replace("\r\n", "\n"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var fault = Fault.Describe(e);
            throw new SourceException(relative, fault.Code, $"no se puede leer: {fault.Message}", e);
        }
        if (ControlCharacter(source.Text) is var at and >= 0)
            throw new SourceException(source.Point(at), "AL0017",
                $"carácter de control invisible U+{(int)source.Text[at]:X4} en el texto (Word y HTML no lo admiten): bórrelo");
        return source;
    }

    /// <summary>The offset of the first character XML cannot hold (C0 controls but tab and line ends, U+FFFE, U+FFFF), or -1.</summary>
    public static int ControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF') return i;
        }
        return -1;
    }

    public static bool IsInside(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !relative.StartsWith("..\\", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
