using System.CommandLine;
using System.Globalization;
using AlLas.Publishing.Content;
using AlLas.Publishing.Content.Checks;
using AlLas.Publishing.Rendering;

namespace AlLas.Publishing.Cli.Commands;

public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var docs = new Option<string[]>("--doc") { Description = "Documento a construir (id = nombre de su carpeta en content/); se puede repetir. Por omisión, todos.", AllowMultipleArgumentsPerToken = false };
        var formats = new Option<string[]>("--format") { Description = "docx, html o pdf (con LibreOffice); se puede repetir. Por omisión, docx y html." };
        var output = new Option<string?>("--out") { Description = "Carpeta de salida. Por omisión, out/ en la raíz del repositorio, desde cualquier carpeta." };
        var redlineSince = new Option<string?>("--redline-since") { Description = "Escribe, en vez de los borradores, un .docx cuyos cambios registrados llevan de la versión indicada (etiqueta o revisión de git) al borrador actual." };
        var author = new Option<string>("--author") { Description = "Autor de los cambios registrados y de las respuestas.", DefaultValueFactory = _ => AlLas.Publishing.Rendering.Docx.Redline.RedlineBuild.DefaultAuthor };
        var estimatePages = new Option<bool>("--estimate-pages")
        {
            Description = $"Índice de los .docx con números de página estimados, sin maquetarlos con LibreOffice (más rápido). También con {EstimatePagesVariable}=1.",
        };
        var command = new Command("build", "Construye los borradores Word y HTML de los documentos de content/.\n\nEjemplo: allas build --doc cuaderno-2 --format docx")
        {
            docs, formats, output, redlineSince, author, estimatePages,
        };
        command.SetAction(parse => console.Guard(() =>
        {
            var root = Workspace.Root();
            if (parse.GetValue(redlineSince) is { } since)
                return RedlineCommand.Run(console, root, parse.GetValue(docs) ?? [], since, Workspace.Output(root, parse.GetValue(output)), parse.GetValue(author)!);
            var chosen = parse.GetValue(formats) is { Length: > 0 } given ? given : Writers.Default;
            var estimate = parse.GetValue(estimatePages) || Environment.GetEnvironmentVariable(EstimatePagesVariable) is "1" or "true";
            var layout = !estimate && chosen.Contains("docx") ? AlLas.Publishing.Rendering.Pdf.LibreOfficePdf.Find() : null;
            var writers = Writers.All(root, layout);
            var build = new DraftBuild(root, writers);
            build.Prepare(chosen);
            var status = chosen.Contains("pdf") || layout is not null ? "Construyendo los borradores (LibreOffice tarda unos segundos por documento)…" : "Construyendo los borradores…";
            var result = Terminal.Progress(console, status, _ => build.Run(
                parse.GetValue(docs) ?? [],
                chosen.ToList(),
                Workspace.Output(root, parse.GetValue(output)),
                SourceCommit.Draft(root)));
            if (console.Quiet) return AllasCli.Ok;
            foreach (var warning in DiagnosticList.Ordered(result.Warnings)) console.Error.WriteLine(Terminal.Paint(console.Error, warning));
            foreach (var file in result.Written.Where(f => !f.Contains("_archivos")))
                console.Out.WriteLine($"escrito {Path.GetRelativePath(Workspace.Directory, file)}");
            Summary.Print(console.Out, result.Publication);
            if (writers.OfType<AlLas.Publishing.Rendering.Docx.DocxDocumentWriter>().FirstOrDefault() is { } docx && chosen.Contains("docx"))
                PrintContentsPages(console.Out, docx, estimate);
            return AllasCli.Ok;
        }));
        return command;
    }

    /// <summary>Set to 1, `build` estimates the contents' pages as with --estimate-pages.</summary>
    public const string EstimatePagesVariable = "ALLAS_ESTIMATE_PAGES";

    private static void PrintContentsPages(TextWriter output, AlLas.Publishing.Rendering.Docx.DocxDocumentWriter docx, bool asked)
    {
        output.WriteLine();
        if (docx.LaidOut.Count > 0 && docx.Estimated.Count == 0)
        {
            output.WriteLine("Índice de los .docx: números de página de la maquetación de LibreOffice.");
            return;
        }
        var why = asked ? "--estimate-pages"
            : docx.Estimated.Count > 0 ? string.Join("; ", docx.Estimated)
            : "no se encuentra LibreOffice (soffice); " + AlLas.Publishing.Rendering.Pdf.LibreOfficePdf.HowToInstall;
        output.WriteLine($"Índice de los .docx: números de página estimados ({why}). Word los recalcula al actualizar el campo (F9).");
    }
}
