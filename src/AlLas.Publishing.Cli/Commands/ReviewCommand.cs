using System.CommandLine;
using AlLas.Publishing.Rendering;
using AlLas.Publishing.Review;

namespace AlLas.Publishing.Cli.Commands;

/// <summary>`allas review`: reading what reviewers did to a draft.</summary>
public static class ReviewCommand
{
    public static Command Create(CliConsole console) =>
        new("review", "Comentarios y cambios de los revisores en un borrador Word, de vuelta a las fuentes.\n" +
            "Una ronda: importar, listar, responder, aplicar y escribir la matriz.\n\nEjemplos:\n" +
            "  allas review import revisado-cgp.docx\n" +
            "  allas review list --status open\n" +
            "  allas review respond c12 --status addressed --note \"Se añadió la cifra de 2023.\"\n" +
            "  allas review apply --all\n" +
            "  allas review matrix cuaderno-2 --release v0.2-preliminar")
        {
            ReviewExtractCommand.Create(console),
            ReviewImportCommand.Create(console),
            ReviewListCommand.Create(console),
            ReviewRespondCommand.Create(console),
            ReviewApplyCommand.Create(console),
            ReviewMatrixCommand.Create(console),
        };
}

/// <summary>`allas review extract FILE.docx --format json|md [--out FILE]`: every comment and revision of any docx.</summary>
public static class ReviewExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("archivo") { Description = "El .docx devuelto por un revisor (de cualquier procesador de texto)." };
        var format = new Option<string>("--format")
        {
            Description = "json (el contrato que leen otras herramientas) o md (un resumen para leer).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "md");
        var output = new Option<string?>("--out") { Description = "Escribe aquí en vez de en la salida estándar." };

        var command = new Command("extract", "Extrae todos los comentarios (con respuestas y estado) y cambios registrados de un .docx.\n\nEjemplos:\n  allas review extract revisado.docx\n  allas review extract revisado.docx --format md --out resumen.md")
        {
            file, format, output,
        };
        command.SetAction(parsed => console.Guard(() =>
        {
            var input = Workspace.FullPath(parsed.GetValue(file)!);
            if (parsed.GetValue(output) is { } target) AlLas.Publishing.Faults.FileChecks.RequireDistinct(Workspace.FullPath(target), input);
            var extract = DocxReviewReader.Read(input);
            var text = parsed.GetValue(format) == "md" ? ReviewSummary.Write(extract) : ReviewJson.Write(extract);
            if (parsed.GetValue(output) is { } path) WriteAtomically(Workspace.FullPath(path), text);
            else console.Out.Write(text);
            return AllasCli.Ok;
        }));
        return command;
    }

    /// <summary>A reader of the output never sees half a file.</summary>
    private static void WriteAtomically(string path, string text)
    {
        try
        {
            AtomicOutput.WriteFile(path, new System.Text.UTF8Encoding(false).GetBytes(text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceException(path, "AL0411", $"no se puede escribir {path} ({e.Message})", e);
        }
    }
}
