namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>Keeps the release's rendering, with where each paragraph came from, once the writer is done with it.</summary>
internal sealed class ReleaseCapture : IDocxExtension
{
    private readonly BlockRecorder recorder = new();

    public RenderedDraft? Draft { get; private set; }

    public void Attach(DocxRenderer renderer) => recorder.Attach(renderer);

    public void Complete(DocxRenderer renderer)
    {
        Draft = RenderedDraft.Capture(renderer, recorder);
        // The release's own file is never written anywhere: its notes leave the package (kept in the
        // draft), so that closing the package does not serialize and zip them for nothing. The body is
        // not in the package here: the writer holds it apart until the package is assembled.
        var main = renderer.Context.Main;
        if (main.Document is { } document) document.Body = new DocumentFormat.OpenXml.Wordprocessing.Body();
        if (main.FootnotesPart is { } notes) notes.Footnotes = new DocumentFormat.OpenXml.Wordprocessing.Footnotes();
    }
}

/// <summary>
/// Turns the current draft, as the Word writer finished it, into the redline: aligned with the
/// release's rendering, rewritten where they differ, with the review comments anchored again.
/// The release's draft and the settings are asked for only when the current draft is rendered, so that
/// they can be made meanwhile.
/// </summary>
internal sealed class RedlineExtension(Func<RenderedDraft> releaseDraft, Func<RedlineSettings> redlineSettings, RevisionDates dates) : IDocxExtension
{
    private readonly BlockRecorder recorder = new();

    public RedlineReport Report { get; private set; } = new(0, 0, []);

    public void Attach(DocxRenderer renderer) => recorder.Attach(renderer);

    public void Complete(DocxRenderer renderer)
    {
        var context = renderer.Context;
        // Cut before waiting for the release: when the release is kept, the other core is free by now.
        var current = RenderedDraft.Capture(renderer, recorder);
        current.Tokenize(everyCore: true);
        var settings = redlineSettings();
        var release = releaseDraft();
        var planner = new Planner(release, current);
        var plan = planner.Plan(release.Body.ChildElements, current.Body.ChildElements, detectMoves: true);
        var marks = new RevisionMarks(settings.Author, RevisionMarks.FirstFreeId(context.Body, context.Footnotes, context.Main.WordprocessingCommentsPart?.Comments));
        var comments = new CommentPlacement(planner, settings, context.Main.WordprocessingCommentsPart?.Comments?.ChildElements.Count ?? 0).Place(settings.Threads);
        var importer = new ReleaseImporter(release, context.Main, context.Footnotes, current.NumberingIds);
        new Emitter(release, current, marks, dates, importer, new ReviewerChanges(settings.Applied)).Write(plan, current.Body);
        NoteOrder.Normalize(context.Body, context.Footnotes);
        CommentParts.Write(context.Main, comments);
        Report = new RedlineReport(CountChanges(context.Body, context.Footnotes), comments.Count, comments.Where(c => c.Orphaned).Select(c => c.Thread.Root.Id).ToList());
    }

    /// <summary>Tracked changes a reviewer would step through: text, paragraph marks, rows and formats.</summary>
    private static int CountChanges(params DocumentFormat.OpenXml.OpenXmlElement[] roots) => roots.Sum(root => root.Descendants().Count(e =>
        RunMerger.IsChange(e) || e is DocumentFormat.OpenXml.Wordprocessing.Inserted or DocumentFormat.OpenXml.Wordprocessing.Deleted
            or DocumentFormat.OpenXml.Wordprocessing.MoveFrom or DocumentFormat.OpenXml.Wordprocessing.MoveTo
            or DocumentFormat.OpenXml.Wordprocessing.RunPropertiesChange));
}

/// <summary>Who signs the changes, the review comments to anchor again, and the reviewers' proposals applied (signed by them).</summary>
public sealed record RedlineSettings(string Author, IReadOnlyList<Review.Matrix.CommentThread> Threads, DateTime ResponseDate)
{
    public IReadOnlyList<Review.Import.RegisterItem> Applied { get; init; } = [];
}

/// <summary>How many tracked changes and re-attached comments the redline holds; which comments lost their text.</summary>
public sealed record RedlineReport(int Revisions, int Comments, IReadOnlyList<string> Orphaned);
