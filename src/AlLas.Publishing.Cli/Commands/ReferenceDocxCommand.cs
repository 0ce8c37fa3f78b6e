using System.CommandLine;
using System.Globalization;
using AlLas.Publishing.Content;
using AlLas.Publishing.Faults;
using AlLas.Publishing.Releases;
using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Rendering.Docx.Styling;

namespace AlLas.Publishing.Cli.Commands;

/// <summary>`allas reference-docx`: writes the built-in Word styles as a document a designer can restyle.</summary>
public static class ReferenceDocxCommand
{
    /// <summary>A reference replaced with --force whose changes git does not hold is first copied here.</summary>
    public const string KeptSuffix = "-anterior-";

    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--out")
        {
            Description = $"Archivo a escribir. Por omisión, {Paths.Templates}/{DocxDocumentWriter.ReferenceName} del repositorio.",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Sustituye un documento de referencia con cambios que git no guarda; antes deja una copia a su lado.",
        };
        var command = new Command("reference-docx",
            "Escribe el documento de referencia de Word con los estilos por omisión, para que un diseñador lo retoque en Word.\n" +
            "La construcción toma de él estilos, numeración, tema, fuentes y tamaño de página.\n" +
            "No sustituye un documento retocado y sin confirmar en git salvo con --force, que guarda antes una copia.\n\n" +
            "Ejemplos:\n  allas reference-docx\n  allas reference-docx --out /tmp/referencia.docx")
        {
            output, force,
        };
        command.SetAction(parse => console.Guard(() =>
        {
            var path = parse.GetValue(output) is { } given
                ? Workspace.FullPath(given)
                : Path.Combine(Workspace.Root(), Paths.Templates, DocxDocumentWriter.ReferenceName);
            FileChecks.RequireOutput(path);
            if (File.Exists(path) && !IsCommittedAsIs(path))
            {
                var shown = Fault.Show(path);
                if (!parse.GetValue(force))
                    throw new SourceException(shown, "AL0914",
                        $"{shown} ya existe y git no guarda su contenido actual (retocado sin confirmar, o fuera de git): no se sustituye. " +
                        "Confírmelo en git, elija otra salida (--out), o use --force, que guarda antes una copia");
                var kept = Keep(path);
                console.Error.WriteLine($"copia del anterior: {Path.GetRelativePath(Workspace.Directory, kept)}");
            }
            ReferenceDocument.Write(path);
            console.Out.WriteLine($"escrito {Path.GetRelativePath(Workspace.Directory, path)}");
            return AllasCli.Ok;
        }));
        return command;
    }

    /// <summary>Whether the file is committed in the git repository of the publication holding it, exactly as it is.</summary>
    private static bool IsCommittedAsIs(string path)
    {
        var root = Paths.FindRoot(Path.GetDirectoryName(path)!);
        if (root is null) return false;
        try
        {
            return new Git(root).IsCommittedAsIs(Paths.Relative(root, path));
        }
        catch (SourceException)
        {
            return false;
        }
    }

    /// <summary>Copies the file beside itself under a name with the time, never over another copy.</summary>
    private static string Keep(string path)
    {
        var stamp = DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var stem = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + KeptSuffix + stamp);
        var kept = stem + Path.GetExtension(path);
        for (var n = 2; File.Exists(kept); n++) kept = $"{stem}-{n}{Path.GetExtension(path)}";
        File.Copy(path, kept);
        return kept;
    }
}
