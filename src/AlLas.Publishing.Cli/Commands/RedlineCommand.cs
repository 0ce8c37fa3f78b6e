using System.Runtime;
using AlLas.Publishing.Rendering.Docx.Redline;

namespace AlLas.Publishing.Cli.Commands;

/// <summary>`allas build --doc DOC --redline-since LABEL [--author NAME]`: the redline, and the response matrix of that round.</summary>
public static class RedlineCommand
{
    public static int Run(CliConsole console, string root, IReadOnlyList<string> documents, string label, string outputDirectory, string author)
    {
        if (documents.Count == 0)
            throw new SourceException("--redline-since", "AL0610", "--redline-since necesita --doc: el documento cuya versión se compara");
        // The redline's two renderings and their tokens stay alive to the end: on two cores background collection
        // marks them over and over beside the comparison (500 pages: a sixth more CPU). Other commands keep it,
        // as it holds their peak lower (review import of 5,000 pages: 290 MiB with it, 420 without).
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        foreach (var document in documents)
        {
            var result = RedlineBuild.Write(root, document, label, outputDirectory, author);
            console.Out.WriteLine($"escrito {Path.GetRelativePath(Workspace.Directory, result.Path)} " +
                $"({Count(result.Report.Revisions, "cambio registrado", "cambios registrados")}, {Count(result.Report.Comments, "comentario", "comentarios")} desde {result.Baseline.Label} @ {result.Baseline.Commit[..10]})");
            foreach (var orphan in result.Report.Orphaned)
                console.Error.WriteLine($"aviso: el texto del comentario {orphan} ya no existe; va en el párrafo más cercano");
            foreach (var file in result.Matrix.Write())
                console.Out.WriteLine($"escrito {Path.GetRelativePath(Workspace.Directory, file)}");
        }
        return AllasCli.Ok;
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
