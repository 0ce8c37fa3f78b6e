using AlLas.Publishing.Content;
using AlLas.Publishing.Releases;
using AlLas.Publishing.Rendering;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// `allas review import`: reads a returned draft, finds its release, builds that release again from
/// its commit, maps every item to the sources and writes the review register, keeping what the
/// writers already settled.
/// </summary>
public sealed class ReviewImport(string root, Func<string, IDocumentWriter?> docxWriterFor)
{
    public sealed record Result(ReviewRegister Register, bool Changed, ReleaseRecord Release, string MatchedBy, string? Warning);

    public Result Import(string docxPath, string? releaseLabel = null)
    {
        var extract = DocxReviewReader.Read(docxPath);
        var match = ReleaseMatcher.Find(root, extract, releaseLabel, ReleaseText);
        var release = match.Release;
        string? warning = null;

        IReadOnlyList<TextTarget> targets;
        ReviewExtract? ours = null;
        DocxDetails? released = null;
        IReadOnlyList<SourceText> data;
        using (var snapshot = ReleaseSnapshot.Load(root, release))
        {
            var blocks = BlockText.Of(snapshot.Document);
            targets = blocks;
            if (docxWriterFor(snapshot.Root) is { } writer)
            {
                // The release's own paragraphs, as the reviewer received them: edits made without
                // Track Changes show up against these exactly, whatever the writer adds to a block's text.
                var bytes = writer.Write(snapshot.Document, snapshot.Publication).First(f => f.RelativePath.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)).Content;
                if (release.DocxSha256.Length > 0 && ReleaseBuilder.Sha256(bytes) != release.DocxSha256)
                    warning = $"la versión {release.Label} construida de nuevo no es idéntica a la publicada (¿cambió allas desde entonces?); la correspondencia puede ser menos precisa";
                ours = ReadRelease(bytes);
                using (var stream = new MemoryStream(bytes, writable: false)) released = DocxDetails.Read(stream);
                targets = ReleaseParagraph.Pair(ours.Paragraphs, blocks, released);
            }
            data = DataFiles(snapshot.Root, release.Document);
        }

        var editor = Editor(extract);
        var mapping = WithoutOurOwn(ReviewMapper.Map(extract, targets, data, editor, DocxDetails.Read(docxPath)), ours);
        var register = new ReviewRegister
        {
            Document = release.Document,
            Release = release.Label,
            Commit = release.Commit,
            File = Path.GetFileName(docxPath),
            Sha256 = ReleaseBuilder.Sha256(File.ReadAllBytes(docxPath)),
            Reviewers = Reviewers(extract, mapping),
            Items = Items(mapping),
        };
        register = register.KeepingSettlements(RegisterStore.Read(root, register.Path));
        var changed = RegisterStore.Save(root, register);
        return new Result(register, changed, release, match.How, warning);
    }

    /// <summary>A release's text as its reviewers received it: its Word file when allas can write one, else its blocks.</summary>
    private string ReleaseText(ReleaseRecord release)
    {
        using var snapshot = ReleaseSnapshot.Load(root, release);
        if (docxWriterFor(snapshot.Root) is not { } writer)
            return string.Join('\n', BlockText.Of(snapshot.Document).Select(b => b.Text));
        var bytes = writer.Write(snapshot.Document, snapshot.Publication).First(f => f.RelativePath.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)).Content;
        return string.Join('\n', ReadRelease(bytes).Paragraphs.Select(p => p.OriginalText));
    }

    /// <summary>
    /// The release itself may hold comments and revisions: the writers' CriticMarkup, which the Word
    /// writer turns into real ones. They come back in every returned file; they are not the reviewer's.
    /// </summary>
    private static ReviewMapping WithoutOurOwn(ReviewMapping mapping, ReviewExtract? release)
    {
        if (release is null) return mapping;
        var comments = release.Comments.Select(c => (c.Author, c.Text, c.Quote)).ToList();
        var revisions = release.Revisions.Select(r => (r.Kind, r.Author, r.Text)).ToList();
        return mapping with
        {
            Comments = mapping.Comments.Where(c => !comments.Remove((c.Comment.Author, c.Comment.Text, c.Comment.Quote))).ToList(),
            Revisions = mapping.Revisions.Where(r => !revisions.Remove((r.Revision.Kind, r.Revision.Author, r.Revision.Text))).ToList(),
        };
    }

    private static ReviewExtract ReadRelease(byte[] docx)
    {
        var temp = Path.Combine(Path.GetTempPath(), $"allas-version-{Guid.NewGuid():N}.docx");
        try
        {
            File.WriteAllBytes(temp, docx);
            return DocxReviewReader.Read(temp);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Where text outside the chapters comes from: the publication's data and the document's manifest.</summary>
    private static IReadOnlyList<SourceText> DataFiles(string snapshotRoot, string document) =>
        new[] { Paths.PublicationFile, $"{Paths.Content}/{document}/{Paths.ManifestName}" }
            .Where(f => File.Exists(Path.Combine(snapshotRoot, f)))
            .Select(f => new SourceText(f, File.ReadAllText(Path.Combine(snapshotRoot, f)).Replace("\r\n", "\n")))
            .ToList();

    /// <summary>Untracked edits carry no author: the file's last editor, else its only reviewer.</summary>
    private static string Editor(ReviewExtract extract)
    {
        if (extract.Properties.TryGetValue("lastModifiedBy", out var editor)) return editor;
        var authors = extract.Comments.Select(c => c.Author).Concat(extract.Revisions.Select(r => r.Author)).Where(a => a.Length > 0).Distinct().ToList();
        return authors.Count == 1 ? authors[0] : "";
    }

    private static IReadOnlyList<string> Reviewers(ReviewExtract extract, ReviewMapping mapping) =>
        extract.Comments.Select(c => c.Author)
            .Concat(extract.Revisions.Select(r => r.Author))
            .Concat(mapping.Untracked.Select(u => u.Revision.Author))
            .Where(a => a.Length > 0)
            .Distinct()
            .ToList();

    /// <summary>The register entries of a mapping, with their stable ids.</summary>
    public static IReadOnlyList<RegisterItem> Items(ReviewMapping mapping)
    {
        var items = new List<RegisterItem>();
        foreach (var (comment, map) in mapping.Comments)
        {
            items.Add(new RegisterItem
            {
                Id = "c" + comment.Id,
                Kind = "comment",
                Reviewer = comment.Author,
                Initials = comment.Initials,
                Date = comment.Date is null ? null : ReviewJson.Date(comment.Date),
                Parent = comment.Parent,
                Resolved = comment.Resolved,
                Text = comment.Text,
                Quote = comment.Quote,
                Location = comment.Location,
                Source = map.Source,
                Unmapped = map.Unmapped,
                Continues = map.Continues,
            });
        }
        var n = 0;
        foreach (var (revision, map) in mapping.Revisions)
            items.Add(Revision("r" + ++n, revision, revision.Kind is RevisionKind.Insert or RevisionKind.MoveTo or RevisionKind.ParagraphInsert ? "" : revision.Text, map));
        n = 0;
        foreach (var edit in mapping.Untracked)
            items.Add(Revision("u" + ++n, edit.Revision, edit.Replaced, edit.Mapping));
        return items;
    }

    private static RegisterItem Revision(string id, ReviewRevision revision, string quote, ItemMapping map) => new()
    {
        Id = id,
        Kind = revision.Kind.Name(),
        Reviewer = revision.Author,
        Date = revision.Date is null ? null : ReviewJson.Date(revision.Date),
        Text = revision.Text,
        Quote = quote,
        Location = revision.Location,
        Source = map.Source,
        Unmapped = map.Unmapped,
        Continues = map.Continues,
        Manual = map.Manual,
        Formatting = map.Formatting,
        Cells = map.Cells,
    };
}
