using AlLas.Publishing.Releases;
using AlLas.Publishing.Content;
using AlLas.Publishing.Review.Matrix;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// What `allas build --redline-since` wrote, with the review round it answered and the release's document,
/// so that the response matrix written beside it needs neither read again.
/// </summary>
public sealed record RedlineResult(string Path, ReleaseBaseline Baseline, RedlineReport Report, ReviewRound Round, Document Release);

/// <summary>
/// `allas build --doc DOC --redline-since LABEL`: the current draft of a document as Track Changes
/// over the release LABEL, compared on the model's renderings (never by reading a docx back), with
/// the review comments of that release anchored again and answered.
/// </summary>
public static class RedlineBuild
{
    public const string DefaultAuthor = "Equipo consultor";

    public static string FileName(string document, ReleaseBaseline baseline) => $"{document}-cambios-desde-{baseline.FileLabel}.docx";

    public static RedlineResult Write(string root, string documentId, string label, string outputDirectory, string author = DefaultAuthor)
    {
        var baseline = ReleaseBaseline.Resolve(root, documentId, label);
        var diagnostics = new Diagnostics();
        var publication = new PublicationLoader(root, diagnostics, ReleaseInfo.WorkingDraft(SourceCommit.Of(root))).Load([documentId]);
        diagnostics.ThrowIfErrors();
        var document = publication.Documents.Single();
        var round = ReviewRoundReader.Read(root, documentId, baseline.Label);

        using var snapshot = ReleaseSnapshot.Load(root, baseline.Commit, baseline.Document, baseline.Info);
        var (bytes, report) = Build(root, snapshot, publication, document, baseline, author, round.Threads());
        var path = System.IO.Path.Combine(outputDirectory, FileName(documentId, baseline));
        AtomicOutput.WriteFile(path, bytes);
        return new RedlineResult(System.IO.Path.GetFullPath(path), baseline, report, round, snapshot.Document);
    }

    public static (byte[] Bytes, RedlineReport Report) Build(string root, ReleaseSnapshot release, Publication publication, Document document,
        ReleaseBaseline baseline, string author, IReadOnlyList<CommentThread> threads)
    {
        var reference = System.IO.Path.Combine(root, Paths.Templates, DocxDocumentWriter.ReferenceName);
        var capture = new ReleaseCapture();
        DocxWriter.Build(
            PublicationManuscript.From(release.Document, release.Publication),
            PublicationManuscript.Options(release.Document, release.Publication, reference) with { Extension = capture });

        var git = new Git(root);
        var dates = new RevisionDates(git, baseline.Commit);
        var responses = ReviewRoundReader.FolderOf(document.Id, baseline.Label);
        var settings = new RedlineSettings(author, threads, dates.For(responses));
        var redline = new RedlineExtension(capture.Draft!, settings, dates);
        var (bytes, _) = DocxWriter.Build(
            PublicationManuscript.From(document, publication),
            PublicationManuscript.Options(document, publication, reference) with { Extension = redline });
        return (bytes, redline.Report);
    }
}
