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
    /// <param name="Repeats">The register of an earlier import of this same file (or of a copy saved again with the same marks): nothing was written.</param>
    /// <param name="Empty">The file holds no comment and no change: nothing was written.</param>
    public sealed record Result(ReviewRegister Register, bool Changed, ReleaseRecord Release, string MatchedBy, string? Warning)
    {
        public ReviewRegister? Repeats { get; init; }

        public bool Empty { get; init; }

        /// <summary>With <see cref="Repeats"/>: the earlier import was of these very bytes.</summary>
        public bool SameBytes { get; init; }
    }

    public Result Import(string docxPath, string? releaseLabel = null)
    {
        var sha256 = ReleaseBuilder.Sha256(File.ReadAllBytes(docxPath));
        var earlier = RegisterStore.All(root);
        var extract = DocxReviewReader.Read(docxPath);
        // The file has passed the package guard: its details are read on another core while the release's draft is found and read.
        var details = Task.Run(() => DocxDetails.Read(docxPath));
        // The matcher reads the candidates' drafts; the one it picks is not built or read a second time.
        var drafts = new Dictionary<ReleaseRecord, ReleaseDraft>(ReferenceEqualityComparer.Instance);
        var shared = new SharedTexts(extract.Paragraphs.Select(p => p.OriginalText));
        ReleaseDraft DraftOf(ReleaseRecord r) => drafts.TryGetValue(r, out var kept) ? kept : drafts[r] = ReleaseDraft.Of(root, r, docxWriterFor, shared);
        var match = ReleaseMatcher.Find(root, extract, releaseLabel, r => DraftOf(r).Text);
        var release = match.Release;
        var draft = DraftOf(release);
        string? warning = null;
        if (draft.DocxSha256 is { } sha && release.DocxSha256.Length > 0 && sha != release.DocxSha256)
            warning = $"la versión {release.Label} construida de nuevo no es idéntica a la publicada (¿cambió allas desde entonces?); la correspondencia puede ser menos precisa";

        var editor = Editor(extract);
        var mapping = WithoutOurOwn(ReviewMapper.Map(extract, draft.Paragraphs, draft.Data, editor, details.GetAwaiter().GetResult()), draft);
        var register = new ReviewRegister
        {
            Document = release.Document,
            Release = release.Label,
            Commit = release.Commit,
            File = Path.GetFileName(docxPath),
            Sha256 = sha256,
            Reviewers = Reviewers(extract, mapping),
            Items = Items(mapping),
        };
        // Ids unique across the release's registers: a new register's start after those already there; a known one keeps its own.
        var existing = RegisterStore.Read(root, register.Path);
        var siblings = earlier.Where(r => r.Document == register.Document && r.Release == register.Release && r.Path != register.Path);
        register = register.Renumbered(existing?.IdOffset ?? (siblings.Any() ? ReviewRegister.HighestId(siblings) + 1 : 0));
        // A file is one round whatever its name: the same bytes, or a copy saved again with the same marks, was imported already.
        if (earlier.FirstOrDefault(r => r.Path != register.Path && (r.Sha256 == sha256 || SameMarks(r, register))) is { } repeated)
            return new Result(repeated, false, release, match.How, warning) { Repeats = repeated, SameBytes = repeated.Sha256 == sha256 };
        if (register.Items.Count == 0 && existing is null)
            return new Result(register, false, release, match.How, warning) { Empty = true };
        register = register.KeepingSettlements(existing);
        var changed = RegisterStore.Save(root, register);
        return new Result(register, changed, release, match.How, warning);
    }

    /// <summary>Two registers of one release that hold the same comments and changes, by the same reviewers, at the same places.</summary>
    private static bool SameMarks(ReviewRegister a, ReviewRegister b)
    {
        if (a.Document != b.Document || a.Release != b.Release || a.Items.Count == 0 || a.Items.Count != b.Items.Count) return false;
        static string Mark(RegisterItem i) => $"{i.Kind}\u001f{i.Reviewer}\u001f{i.Date}\u001f{i.Text}\u001f{i.Quote}\u001f{i.Source}";
        return a.Items.Select(Mark).Order(StringComparer.Ordinal).SequenceEqual(b.Items.Select(Mark).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The release itself may hold comments and revisions: the writers' CriticMarkup, which the Word
    /// writer turns into real ones. They come back in every returned file; they are not the reviewer's.
    /// </summary>
    private static ReviewMapping WithoutOurOwn(ReviewMapping mapping, ReleaseDraft release)
    {
        if (release.OwnComments is null || release.OwnRevisions is null) return mapping;
        var comments = release.OwnComments.Select(c => (c.Author, c.Text, c.Quote)).ToList();
        var revisions = release.OwnRevisions.Select(r => (r.Kind, r.Author, r.Text)).ToList();
        return mapping with
        {
            Comments = mapping.Comments.Where(c => !comments.Remove((c.Comment.Author, c.Comment.Text, c.Comment.Quote))).ToList(),
            Revisions = mapping.Revisions.Where(r => !revisions.Remove((r.Revision.Kind, r.Revision.Author, r.Revision.Text))).ToList(),
        };
    }

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
        {
            n++;
            // An insertion or deletion of no text (Word leaves one beside a paragraph split) changes nothing: no item to answer.
            if (revision.Kind is RevisionKind.Insert or RevisionKind.Delete or RevisionKind.MoveFrom or RevisionKind.MoveTo && revision.Text.Length == 0) continue;
            items.Add(Revision("r" + n, revision, revision.Kind is RevisionKind.Insert or RevisionKind.MoveTo or RevisionKind.ParagraphInsert ? "" : revision.Text, map));
        }
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
