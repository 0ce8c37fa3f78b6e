using AlLas.Publishing.Releases;
using AlLas.Publishing.Content;
using AlLas.Publishing.Review.Matrix;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// What `allas build --redline-since` wrote, with the review round it answered, and the response matrix of
/// that round, made while the redline was (it needs neither the round nor the release read again), to write beside it.
/// </summary>
public sealed record RedlineResult(string Path, ReleaseBaseline Baseline, RedlineReport Report, ReviewRound Round, MatrixFiles.Prepared Matrix);

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
        // The review round, the release's draft and the current sources are independent until the redline
        // compares them: the round and the release are read and rendered beside the current sources' load.
        var reading = Task.Run(() => ReviewRoundReader.Read(root, documentId, baseline.Label));
        var releasing = Task.Run(() => Release(root, baseline));
        // The matrix needs only those two: it is made on the core they leave free while the redline compares.
        var matrix = Task.WhenAll(reading, releasing).ContinueWith(
            _ => MatrixFiles.Prepare(root, reading.Result, baseline, releasing.Result.Outline, outputDirectory),
            CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        try
        {
            var diagnostics = new Diagnostics();
            var publication = new PublicationLoader(root, diagnostics, SourceCommit.Draft(root)).Load([documentId]);
            diagnostics.ThrowIfErrors();
            var document = publication.Documents.Single();
            // The current draft renders while the release is made; the redline waits for it only once that is done.
            var (bytes, report) = Redline(root, () => releasing.GetAwaiter().GetResult().Draft, publication, document, baseline, author,
                () => reading.GetAwaiter().GetResult() is var r ? ([.. r.Threads(), .. r.AnsweredChanges()], r.AppliedChanges()) : ([], []));
            var round = reading.GetAwaiter().GetResult();
            var path = System.IO.Path.Combine(outputDirectory, FileName(documentId, baseline));
            AtomicOutput.WriteFile(path, bytes);
            return new RedlineResult(System.IO.Path.GetFullPath(path), baseline, report, round, matrix.GetAwaiter().GetResult());
        }
        catch
        {
            // The build stops only once nothing runs beside it and the release's folder is gone.
            try { Task.WaitAll(reading, releasing, matrix); }
            catch (AggregateException) { }
            throw;
        }
    }

    /// <summary>
    /// The release as the redline needs it, kept from an earlier redline when there is one; else its
    /// document at its commit and the draft the coordinators received, rendered (its sources' folder is
    /// removed once rendered) and kept for the next. Cut into tokens either way.
    /// </summary>
    private static ReleaseRendering Release(string root, ReleaseBaseline baseline)
    {
        var key = KeptRelease.Key(baseline, Reference(root));
        if (KeptRelease.Read(root, baseline, key) is not { } release)
        {
            using (var snapshot = ReleaseSnapshot.Load(root, baseline.Commit, baseline.Document, baseline.Info))
                release = new ReleaseRendering(ReleaseOutline.Of(snapshot.Document), Capture(root, snapshot));
            KeptRelease.Write(root, baseline, key, release);
        }
        release.Draft.Tokenize();
        return release;
    }

    public static (byte[] Bytes, RedlineReport Report) Build(string root, ReleaseSnapshot release, Publication publication, Document document,
        ReleaseBaseline baseline, string author, IReadOnlyList<CommentThread> threads) =>
        Redline(root, () => Capture(root, release), publication, document, baseline, author, () => (threads, []));

    private static RenderedDraft Capture(string root, ReleaseSnapshot release)
    {
        var capture = new ReleaseCapture();
        DocxWriter.Build(
            PublicationManuscript.From(release.Document, release.Publication),
            PublicationManuscript.Options(release.Document, release.Publication, Reference(root)) with { Extension = capture });
        return capture.Draft!;
    }

    private static string Reference(string root) => System.IO.Path.Combine(root, Paths.Templates, DocxDocumentWriter.ReferenceName);

    private static (byte[] Bytes, RedlineReport Report) Redline(string root, Func<RenderedDraft> release, Publication publication, Document document,
        ReleaseBaseline baseline, string author, Func<(IReadOnlyList<CommentThread> Threads, IReadOnlyList<Review.Import.RegisterItem> Applied)> round)
    {
        var git = new Git(root);
        var dates = new RevisionDates(git, baseline.Commit);
        var responses = ReviewRoundReader.FolderOf(document.Id, baseline.Label);
        var responseDate = dates.For(responses);
        var redline = new RedlineExtension(release, () =>
        {
            var (threads, applied) = round();
            return new RedlineSettings(author, threads, responseDate) { Applied = applied };
        }, dates);
        var (bytes, _) = DocxWriter.Build(
            PublicationManuscript.From(document, publication),
            PublicationManuscript.Options(document, publication, Reference(root)) with { Extension = redline });
        return (bytes, redline.Report);
    }
}
