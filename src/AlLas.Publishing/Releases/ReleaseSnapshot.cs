using System.Formats.Tar;
using AlLas.Publishing.Content;

namespace AlLas.Publishing.Releases;

/// <summary>
/// The sources of a release as they stood at its commit, in a temporary folder (content/ and
/// templates/ from `git archive`), loaded with the release's own label, date and commit: the same
/// model, and so the same draft, the coordinators received.
/// </summary>
public sealed class ReleaseSnapshot : IDisposable
{
    private ReleaseSnapshot(string root, Publication publication, Document document)
    {
        Root = root;
        Publication = publication;
        Document = document;
    }

    public string Root { get; }

    public Publication Publication { get; }

    public Document Document { get; }

    public static ReleaseSnapshot Load(string repositoryRoot, ReleaseRecord record) =>
        Load(repositoryRoot, record.Commit, record.Document, record.Info);

    public static ReleaseSnapshot Load(string repositoryRoot, string commit, string documentId, ReleaseInfo info)
    {
        var git = new Git(repositoryRoot);
        if (!git.HasCommit(commit))
            throw new SourceException(repositoryRoot, "AL0504", $"la confirmación {commit[..Math.Min(10, commit.Length)]} de la versión '{info.Label}' no está en este repositorio");
        var folder = Path.Combine(Path.GetTempPath(), "allas-version-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var paths = new[] { Paths.Content, Paths.Templates }.Where(p => git.Exists(commit, p)).ToArray();
            using (var tar = new MemoryStream(git.Archive(commit, paths)))
                TarFile.ExtractToDirectory(tar, folder, overwriteFiles: true);
            var diagnostics = new Diagnostics();
            var publication = new PublicationLoader(folder, diagnostics, info).Load([documentId]);
            diagnostics.ThrowIfErrors();
            var document = publication.Documents.SingleOrDefault()
                ?? throw new SourceException(Paths.Content, "AL0505", $"el documento '{documentId}' no se puede cargar en la confirmación {commit[..10]}");
            return new ReleaseSnapshot(folder, publication, document);
        }
        catch
        {
            Delete(folder);
            throw;
        }
    }

    public void Dispose() => Delete(Root);

    private static void Delete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
