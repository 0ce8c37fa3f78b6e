using AlLas.Publishing.Releases;
using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Rendering.Docx.Package;
using AlLas.Publishing.Rendering.Docx.Redline;

namespace AlLas.Publishing.Review.Matrix;

/// <summary>
/// Writes the matrix of a round as out/&lt;doc&gt;-&lt;label&gt;-matriz.docx, .html and .csv, each atomically.
/// Chapter and section names come from the release's own sources (at its commit) when the release
/// can be found; otherwise the matrix still lists every comment, by file and line.
/// </summary>
public static class MatrixFiles
{
    public static string Stem(string document, string label) => $"{document}-{label}-matriz";

    public static IReadOnlyList<string> Write(string root, string document, string label, string outputDirectory)
    {
        var round = ReviewRoundReader.Read(root, document, label);
        if (!round.Registers.Any(r => r.Items.Count > 0))
            throw new SourceException(ReviewRoundReader.FolderOf(document, label), "AL0630",
                $"no hay comentarios ni cambios importados para la versión '{label}' de {document} (review import los registra en {ReviewRoundReader.FolderOf(document, label)}/)");
        return Write(root, round, outputDirectory);
    }

    /// <summary>
    /// The files of the matrix of a round whose release's outline is already at hand (the redline's), made
    /// but not written (the redline makes them while it compares, and writes them once it is written itself);
    /// none when the round has no comments and no changes.
    /// </summary>
    public static Prepared Prepare(string root, ReviewRound round, ReleaseBaseline baseline, ReleaseOutline release, string outputDirectory) =>
        new(round.Registers.Any(r => r.Items.Count > 0) ? Files(root, round, baseline, ResponseMatrix.Build(round, release), outputDirectory) : []);

    /// <summary>Matrix files made and not yet written.</summary>
    public sealed class Prepared(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        /// <summary>Writes each file atomically; their full paths.</summary>
        public IReadOnlyList<string> Write() => MatrixFiles.Write(files);
    }

    private static IReadOnlyList<string> Write(string root, ReviewRound round, string outputDirectory)
    {
        ResponseMatrix matrix;
        var baseline = TryResolve(root, round);
        if (baseline is not null)
        {
            using var snapshot = ReleaseSnapshot.Load(root, baseline.Commit, baseline.Document, baseline.Info);
            matrix = ResponseMatrix.Build(round, ReleaseOutline.Of(snapshot.Document));
        }
        else matrix = ResponseMatrix.Build(round, null);
        return Write(root, round, baseline, matrix, outputDirectory);
    }

    private static IReadOnlyList<string> Write(string root, ReviewRound round, ReleaseBaseline? baseline, ResponseMatrix matrix, string outputDirectory) =>
        Write(Files(root, round, baseline, matrix, outputDirectory));

    private static IReadOnlyList<string> Write(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        foreach (var (path, bytes) in files) Rendering.AtomicOutput.WriteFile(path, bytes);
        return files.Select(f => Path.GetFullPath(f.Path)).ToList();
    }

    private static (string Path, byte[] Bytes)[] Files(string root, ReviewRound round, ReleaseBaseline? baseline, ResponseMatrix matrix, string outputDirectory)
    {
        var stem = Path.Combine(outputDirectory, Stem(round.Document, baseline?.FileLabel ?? round.Release));
        var reference = Path.Combine(root, Paths.Templates, DocxDocumentWriter.ReferenceName);
        return
        [
            (stem + ".docx", MatrixDocx.Write(matrix, reference)),
            (stem + ".html", new System.Text.UTF8Encoding(false).GetBytes(MatrixHtml.Write(matrix))),
            (stem + ".csv", MatrixCsv.Write(matrix)),
        ];
    }

    private static ReleaseBaseline? TryResolve(string root, ReviewRound round)
    {
        try { return ReleaseBaseline.Resolve(root, round.Document, round.Release); }
        catch (SourceException) { return null; }
    }
}
