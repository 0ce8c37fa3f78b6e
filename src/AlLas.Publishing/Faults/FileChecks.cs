namespace AlLas.Publishing.Faults;

/// <summary>
/// What allas asks of a path before it reads or replaces it: only regular files are read (a FIFO would
/// wait forever, a device never ends) and only regular files are replaced (a device or a folder at an
/// output path stays as it is).
/// </summary>
public static class FileChecks
{
    /// <summary>Refuses to read anything but an existing regular file; <paramref name="location"/> is where the path was named.</summary>
    public static void RequireInput(string path, string? location = null)
    {
        var shown = Fault.Show(path);
        switch (FileKinds.Of(path))
        {
            case FileKind.Regular:
                return;
            case FileKind.Missing:
                throw new SourceException(location ?? shown, FaultCodes.Missing, $"no existe el archivo {shown}; compruebe la ruta");
            case FileKind.Folder:
                throw new SourceException(location ?? shown, FaultCodes.IsFolder, $"{shown} es una carpeta y aquí hace falta un archivo; indique un archivo");
            default:
                throw new SourceException(location ?? shown, FaultCodes.NotRegularFile,
                    $"{shown} no es un archivo regular (es un dispositivo, una FIFO o un socket); allas solo lee archivos: indique uno");
        }
    }

    /// <summary>Refuses an output path that holds something other than a regular file, or whose folder is a file.</summary>
    public static void RequireOutput(string path)
    {
        var shown = Fault.Show(path);
        switch (FileKinds.Of(path))
        {
            case FileKind.Missing or FileKind.Regular:
                break;
            case FileKind.Folder:
                throw new SourceException(shown, FaultCodes.IsFolder, $"{shown} es una carpeta y ahí se escribiría un archivo; muévala o elija otra salida (--out)");
            default:
                throw new SourceException(shown, FaultCodes.NotRegularFile,
                    $"{shown} no es un archivo regular (es un dispositivo, una FIFO o un socket); allas solo escribe archivos y no lo sustituye: elija otra salida (--out)");
        }
        RequireFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>The output folder, or its nearest existing ancestor, must be a folder, not a file.</summary>
    public static void RequireFolder(string folder)
    {
        for (var f = Path.GetFullPath(folder); !string.IsNullOrEmpty(f); f = Path.GetDirectoryName(f))
        {
            var kind = FileKinds.Of(f);
            if (kind == FileKind.Folder) return;
            if (kind == FileKind.Missing) continue;
            var shown = Fault.Show(f);
            throw new SourceException(shown, FaultCodes.IsFolder, $"{shown} es un archivo y ahí hace falta una carpeta de salida; elija otra (--out)");
        }
    }

    /// <summary>Refuses an output that is one of the inputs (the same file, through any link): writing it would lose the input.</summary>
    public static void RequireDistinct(string output, string input)
    {
        if (!SameFile(output, input)) return;
        var shown = Fault.Show(output);
        throw new SourceException(shown, FaultCodes.OverwritesInput,
            $"la salida {shown} es el mismo archivo que la entrada; se perdería: elija otra ruta de salida (--out)");
    }

    public static bool SameFile(string a, string b) =>
        string.Equals(Resolved(a), Resolved(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <summary>A full path with every symbolic link of it followed (a loop is reported, not followed forever).</summary>
    public static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        var resolvedParent = parent is null ? null : Resolved(parent);
        var here = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        try
        {
            return new FileInfo(here).LinkTarget is not null && File.ResolveLinkTarget(here, returnFinalTarget: true) is { } target
                ? Path.GetFullPath(target.FullName)
                : here;
        }
        catch (IOException e)
        {
            var shown = Fault.Show(path);
            throw new SourceException(shown, FaultCodes.LinkLoop, $"{shown}: un enlace simbólico no lleva a ninguna parte o forma un bucle ({e.Message}); corrija el enlace", e);
        }
    }
}
