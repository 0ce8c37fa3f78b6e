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
        var output = new Option<string>("--out") { Description = "Carpeta de salida.", DefaultValueFactory = _ => "out" };
        var redlineSince = new Option<string?>("--redline-since") { Description = "Escribe, en vez de los borradores, un .docx cuyos cambios registrados llevan de la versión indicada (etiqueta o revisión de git) al borrador actual." };
        var author = new Option<string>("--author") { Description = "Autor de los cambios registrados y de las respuestas.", DefaultValueFactory = _ => AlLas.Publishing.Rendering.Docx.Redline.RedlineBuild.DefaultAuthor };
        var command = new Command("build", "Construye los borradores Word y HTML de los documentos de content/.\n\nEjemplo: allas build --doc cuaderno-2 --format docx")
        {
            docs, formats, output, redlineSince, author,
        };
        command.SetAction(parse => console.Guard(() =>
        {
            var root = Workspace.Root();
            if (parse.GetValue(redlineSince) is { } since)
                return RedlineCommand.Run(console, root, parse.GetValue(docs) ?? [], since, Path.GetFullPath(parse.GetValue(output)!), parse.GetValue(author)!);
            var build = new DraftBuild(root, Writers.All(root));
            var chosen = parse.GetValue(formats) is { Length: > 0 } given ? given : Writers.Default;
            build.Prepare(chosen);
            var status = chosen.Contains("pdf") ? "Construyendo los borradores (el PDF con LibreOffice tarda unos segundos por documento)…" : "Construyendo los borradores…";
            var result = Terminal.Progress(console, status, _ => build.Run(
                parse.GetValue(docs) ?? [],
                chosen.ToList(),
                Path.GetFullPath(parse.GetValue(output)!),
                SourceCommit.Draft(root)));
            if (console.Quiet) return AllasCli.Ok;
            foreach (var warning in DiagnosticList.Ordered(result.Warnings)) console.Error.WriteLine(Terminal.Paint(console.Error, warning));
            foreach (var file in result.Written.Where(f => !f.Contains("_archivos")))
                console.Out.WriteLine($"escrito {Path.GetRelativePath(Directory.GetCurrentDirectory(), file)}");
            Summary.Print(console.Out, result.Publication);
            return AllasCli.Ok;
        }));
        return command;
    }
}
