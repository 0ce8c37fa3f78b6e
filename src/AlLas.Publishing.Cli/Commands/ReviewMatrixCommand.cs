using System.CommandLine;
using AlLas.Publishing.Review.Matrix;

namespace AlLas.Publishing.Cli.Commands;

/// <summary>`allas review matrix DOC --release LABEL [--out DIR]`: the comment-response matrix of a review round.</summary>
public static class ReviewMatrixCommand
{
    public static Command Create(CliConsole console)
    {
        var document = new Argument<string>("documento") { Description = "Id del documento (nombre de su carpeta en content/)." };
        var release = new Option<string>("--release") { Description = "Etiqueta de la versión revisada.", Required = true };
        var output = new Option<string?>("--out") { Description = "Carpeta de salida. Por omisión, out/ en la raíz del repositorio." };
        var command = new Command("matrix", "Escribe la matriz de comentarios y respuestas de una ronda de revisión (.docx, .html y .csv).\n\nEjemplo: allas review matrix cuaderno-2 --release v0.2-preliminar --out out")
        {
            document, release, output,
        };
        command.SetAction(parsed => console.Guard(() =>
        {
            var root = Workspace.Root();
            foreach (var file in MatrixFiles.Write(root, parsed.GetValue(document)!, parsed.GetValue(release)!, Workspace.Output(root, parsed.GetValue(output))))
                console.Out.WriteLine($"escrito {Path.GetRelativePath(Workspace.Directory, file)}");
            return AllasCli.Ok;
        }));
        return command;
    }
}
