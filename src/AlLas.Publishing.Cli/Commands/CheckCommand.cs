using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlLas.Publishing.Content;
using AlLas.Publishing.Content.Checks;

namespace AlLas.Publishing.Cli.Commands;

/// <summary>
/// `allas check`: every problem of the sources at once, compiler-style, for editors and CI. Exit code 1
/// when there is an error, 0 with warnings only; 2 when the command itself cannot run.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var docs = new Option<string[]>("--doc") { Description = "Documento a revisar (id = nombre de su carpeta en content/); se puede repetir. Por omisión, todos." };
        var json = new Option<bool>("--json") { Description = "Escribe los diagnósticos como una lista JSON de {severity, file, line, column, code, message}." };
        var pending = new Option<bool>("--pending") { Description = "Lista también cada marca [PENDIENTE: ...] (como 'info')." };
        var command = new Command("check", """
            Revisa las fuentes sin construir nada y lista todos los problemas a la vez, en el formato de los compiladores:
              content/cuaderno-2/03-metodo.md(14,7): error AL0012: cita desconocida 'zapata2007' ...
            Sale con 1 si hay errores, con 0 si solo hay avisos.

            Ejemplos:
              allas check
              allas check --doc cuaderno-2 --json
            """)
        {
            docs, json, pending,
        };
        command.SetAction(parse => console.Guard(() =>
        {
            var root = Workspace.Root();
            var diagnostics = Run(root, parse.GetValue(docs) ?? []);
            if (parse.GetValue(json))
                WriteJson(console.Out, diagnostics);
            else
                WriteText(console, diagnostics, parse.GetValue(pending));
            return diagnostics.Any(d => d.Severity == Severity.Error) ? AllasCli.ProblemsFound : AllasCli.Ok;
        }));
        return command;
    }

    /// <summary>The loader's diagnostics and those of every check, in file order.</summary>
    public static IReadOnlyList<Diagnostic> Run(string root, IReadOnlyCollection<string> documentIds)
    {
        var diagnostics = new Diagnostics();
        try
        {
            var publication = new PublicationLoader(root, diagnostics, ReleaseInfo.WorkingDraft(null)).Load(documentIds);
            SourceChecks.Run(publication, diagnostics);
        }
        catch (SourceException e) when (e.Code != UnknownDocument)
        {
            // A publication.yml that cannot be read stops the load; it is still a problem of the sources.
            diagnostics.Add(e);
        }
        return DiagnosticList.Ordered(diagnostics.Items);
    }

    /// <summary>The loader's code for a `--doc` that names no document: a usage error, not a source problem.</summary>
    private const string UnknownDocument = "AL0008";

    private static void WriteText(CliConsole console, IReadOnlyList<Diagnostic> diagnostics, bool listPending)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.Severity != Severity.Info || listPending))
        {
            if (console.Quiet && diagnostic.Severity != Severity.Error) continue;
            console.Out.WriteLine(Terminal.Paint(console.Out, diagnostic));
        }
        if (console.Quiet) return;
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var pending = diagnostics.Count(d => d.Code == PendingWorkCheck.Code);
        var line = $"{Count(errors, "error", "errores")}, {Count(warnings, "aviso", "avisos")}, {Count(pending, "marca pendiente", "marcas pendientes")}";
        if (pending > 0 && !listPending) line += " (allas check --pending las lista)";
        console.Out.WriteLine(errors > 0 ? Terminal.Paint(console.Out, line, Terminal.Red) : line);
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static void WriteJson(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        // JSON nodes rather than serialized anonymous objects: the natively compiled CLI has no reflection-based serializer.
        // Added as JsonNode: JsonArray.Add<T> would wrap the object as a value, which needs that serializer.
        var items = new JsonArray();
        foreach (var d in diagnostics)
        {
            var at = DiagnosticList.LocationOf(d);
            items.Add((JsonNode)new JsonObject
            {
                ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                ["file"] = at.File,
                ["line"] = at.Line,
                ["column"] = at.Column,
                ["code"] = d.Code,
                ["message"] = d.Message,
            });
        }
        output.WriteLine(items.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
