using AlLas.Publishing.Content;
using AlLas.Publishing.Releases;
using AlLas.Publishing.Rendering;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// A release's draft as the import needs it: its paragraphs as the reviewers received them, each
/// character knowing its source; the data files text outside the chapters comes from; the comments
/// and revisions the draft itself carries (the writers' CriticMarkup, which come back in every
/// returned file); and the SHA-256 of the draft built again. Building it means checking the
/// release's commit out, loading it and running the Word writer, so it is kept between imports
/// (<see cref="ReleaseDraftCache"/>).
/// </summary>
public sealed class ReleaseDraft
{
    public required IReadOnlyList<TextTarget> Paragraphs { get; init; }

    public required IReadOnlyList<SourceText> Data { get; init; }

    /// <summary>The draft's own comments, or null when it was not written as Word (no Word writer): then there are none to tell apart.</summary>
    public IReadOnlyList<OwnComment>? OwnComments { get; init; }

    public IReadOnlyList<OwnRevision>? OwnRevisions { get; init; }

    /// <summary>The SHA-256 of the Word file built again; null without a Word writer.</summary>
    public string? DocxSha256 { get; init; }

    public sealed record OwnComment(string Author, string Text, string Quote);

    public sealed record OwnRevision(RevisionKind Kind, string Author, string Text);

    /// <summary>The release's text as its reviewers received it, one line per paragraph.</summary>
    public string Text => string.Join('\n', Paragraphs.Select(p => p.Text));

    /// <summary>The draft of a release: from the cache when this build of allas made it before, else built from the release's commit.</summary>
    /// <param name="shared">Texts its paragraphs may share rather than hold a copy of (the returned file's).</param>
    public static ReleaseDraft Of(string root, ReleaseRecord release, Func<string, IDocumentWriter?> docxWriterFor, SharedTexts? shared = null)
    {
        var key = ReleaseDraftCache.Key(release, docxWriterFor(root));
        if (ReleaseDraftCache.Read(root, release, key, shared) is { } cached) return cached;
        var draft = Build(root, release, docxWriterFor);
        ReleaseDraftCache.Write(root, release, key, draft);
        return draft;
    }

    /// <summary>Builds the release again from its commit: its blocks, and its Word paragraphs paired with them.</summary>
    public static ReleaseDraft Build(string root, ReleaseRecord release, Func<string, IDocumentWriter?> docxWriterFor)
    {
        using var snapshot = ReleaseSnapshot.Load(root, release);
        if (docxWriterFor(snapshot.Root) is not { } writer) return From(snapshot, null);
        return From(snapshot, ReleaseBuilder.Render(snapshot, writer));
    }

    /// <summary>The draft of a loaded release, from the Word file built from it (null when there is no Word writer).</summary>
    public static ReleaseDraft From(ReleaseSnapshot snapshot, byte[]? docx)
    {
        var blocks = BlockText.Of(snapshot.Document);
        var data = DataFiles(snapshot.Root, snapshot.Document.Id);
        if (docx is null) return new ReleaseDraft { Paragraphs = blocks, Data = data };

        // The release's own paragraphs, as the reviewer received them: edits made without Track
        // Changes show up against these exactly, whatever the writer adds to a block's text.
        var ours = Read(docx, $"{snapshot.Document.Id}.docx");
        return new ReleaseDraft
        {
            Paragraphs = ReleaseParagraph.Pair(ours.Paragraphs, blocks, DetailsOf(docx)),
            Data = data,
            OwnComments = ours.Comments.Select(c => new OwnComment(c.Author, c.Text, c.Quote)).ToList(),
            OwnRevisions = ours.Revisions.Select(r => new OwnRevision(r.Kind, r.Author, r.Text)).ToList(),
            DocxSha256 = ReleaseBuilder.Sha256(docx),
        };
    }

    private static DocxDetails DetailsOf(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        return DocxDetails.Read(stream);
    }

    private static ReviewExtract Read(byte[] docx, string name)
    {
        using var stream = new MemoryStream(docx, writable: false);
        return DocxReviewReader.Read(stream, name);
    }

    /// <summary>Where text outside the chapters comes from: the publication's data and the document's manifest.</summary>
    private static IReadOnlyList<SourceText> DataFiles(string snapshotRoot, string document) =>
        new[] { Paths.PublicationFile, $"{Paths.Content}/{document}/{Paths.ManifestName}" }
            .Where(f => File.Exists(Path.Combine(snapshotRoot, f)))
            .Select(f => new SourceText(f, File.ReadAllText(Path.Combine(snapshotRoot, f)).Replace("\r\n", "\n")))
            .ToList();
}
