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
        var formats = new Option<string[]>("--format") { Description = "docx o html; se puede repetir. Por omisión, ambos." };
        var output = new Option<string>("--out") { Description = "Carpeta de salida.", DefaultValueFactory = _ => "out" };
        var command = new Command("build", "Construye los borradores Word y HTML de los documentos de content/.\n\nEjemplo: allas build --doc cuaderno-2 --format docx")
        {
            docs, formats, output,
        };
        command.SetAction(parse => console.Guard(() =>
        {
            var root = Workspace.Root();
            var build = new DraftBuild(root, Writers.All(root));
            var result = Terminal.Progress(console, "Construyendo los borradores…", _ => build.Run(
                parse.GetValue(docs) ?? [],
                parse.GetValue(formats) ?? [],
                Path.GetFullPath(parse.GetValue(output)!),
                ReleaseInfo.WorkingDraft(SourceCommit.Of(root))));
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
