using System.Runtime.CompilerServices;
using AlLas.Publishing.Content;
using AlLas.Publishing.Content.Checks;
using AlLas.Publishing.Markdown;
using Markdig.Syntax;

namespace AlLas.Publishing.Preview;

/// <summary>
/// A document as the preview keeps it between saves. It is loaded whole by the <see cref="PublicationLoader"/>,
/// as `allas build` loads it; when only some of its chapters are saved afterwards, those are read and parsed
/// again as the loader reads them, and the document is renumbered and its references resolved over the kept
/// chapters, as the loader does over fresh ones. The source checks that look at one chapter at a time are
/// run again only for the chapters parsed again.
/// </summary>
internal sealed class KeptDocument
{
    private readonly string root;
    private readonly TemplateExpander expander;

    /// <summary>
    /// The checks whose findings in a chapter depend on that chapter alone (with the document's labels, which
    /// only an error-free build keeps). Every other check runs over the whole document at every build.
    /// </summary>
    private static readonly ISourceCheck[] ChapterChecks = SourceChecks.All
        .Where(c => c is FrontMatterSchemaCheck or HeadingLevelsCheck or LabelPrefixCheck or PendingWorkCheck).ToArray();

    private static readonly ISourceCheck[] DocumentChecks = SourceChecks.All.Except(ChapterChecks).ToArray();

    private Dictionary<Chapter, IReadOnlyList<Diagnostic>> chapterFindings = new(ReferenceEqualityComparer.Instance);
    private readonly ConditionalWeakTable<MarkdownDocument, ChapterStats> stats = new();

    /// <summary>The chapters of content/ the document lists, by repository-relative path, with the kind the listing gives them.</summary>
    private readonly Dictionary<string, ChapterKind> listed = new(StringComparer.Ordinal);

    public KeptDocument(string root, Publication publication)
    {
        this.root = root;
        Publication = publication;
        var document = publication.Documents[0];
        var folder = Path.Combine(root, document.Folder);

        expander = PublicationLoader.ChapterExpander(root, publication.Data, document.Manifest, document.Id, publication.Release);

        foreach (var (files, kind) in new[] { (document.Manifest.Chapters, ChapterKind.Body), (document.Manifest.Annexes, ChapterKind.Annex) })
        {
            foreach (var file in files)
            {
                var path = Paths.Relative(root, Path.GetFullPath(Path.Combine(folder, file)));
                // A file listed twice is two chapters of one source: only a whole load places it right.
                if (!listed.TryAdd(path, kind)) listed[path] = ChapterKind.Cover;
            }
        }
    }

    public Publication Publication { get; private set; }

    public Document Document => Publication.Documents[0];

    /// <summary>
    /// Whether a batch of saved files (repository-relative) is only chapters this document lists once,
    /// all still there: the case a reload of those chapters covers. Anything else needs a whole load.
    /// </summary>
    public bool CanReload(IReadOnlyCollection<string> changed) =>
        changed.Count > 0 && changed.All(path =>
            listed.TryGetValue(path, out var kind) && kind != ChapterKind.Cover
            && Document.Chapters.Count(c => c.File == path) == 1
            && File.Exists(Path.Combine(root, path)));

    /// <summary>
    /// Reads and parses the saved chapters again and redoes numbering and references over all chapters.
    /// False, with the error in diagnostics, when a chapter does not load; the document is then as it was.
    /// </summary>
    public bool Reload(IReadOnlyCollection<string> changed, Diagnostics diagnostics)
    {
        var chapters = Document.Chapters.ToList();
        foreach (var path in changed)
        {
            var index = chapters.FindIndex(c => c.File == path);
            var own = new Diagnostics();
            var chapter = own.Try(() => PublicationLoader.ParseChapter(
                SourceFiles.Read(root, Path.Combine(root, path)), listed[path], expander, Document.Language, own));
            foreach (var problem in own.Items) diagnostics.Add(problem);
            if (chapter is null || own.HasErrors) return false;
            chapters[index] = chapter;
        }

        // The bibliography annex is drawn anew from the citations of every chapter.
        foreach (var chapter in chapters)
        {
            while (chapter.Markdown.LastChild is BibliographyBlock block) chapter.Markdown.Remove(block);
        }
        var document = Document;
        var numbering = Numbering.Assign(chapters, diagnostics);
        var cited = References.Resolve(chapters, numbering, Publication.Bibliography, diagnostics, root);
        var renumbered = new Document
        {
            Id = document.Id,
            Folder = document.Folder,
            Manifest = document.Manifest,
            Chapters = chapters,
            Numbering = numbering,
            CitedWorks = cited,
        };
        Publication = new Publication { Root = Publication.Root, Data = Publication.Data, Bibliography = Publication.Bibliography, Documents = [renumbered], Release = Publication.Release };
        return true;
    }

    /// <summary>
    /// What <see cref="SourceChecks.Run"/> finds in the document: the document's checks run over it all (the
    /// page budget from word counts kept per chapter), each chapter's own checks only for chapters not checked
    /// before.
    /// </summary>
    public IReadOnlyList<Diagnostic> Check()
    {
        var publication = Publication;
        var document = Document;
        var diagnostics = new Diagnostics();
        var context = new CheckContext(publication, diagnostics) { Stats = StatsOf };
        foreach (var check in DocumentChecks) check.Run(context);
        var findings = diagnostics.Items.ToList();

        var next = new Dictionary<Chapter, IReadOnlyList<Diagnostic>>(ReferenceEqualityComparer.Instance);
        foreach (var chapter in document.Chapters)
        {
            if (!chapterFindings.TryGetValue(chapter, out var found))
            {
                var own = new Diagnostics();
                var alone = new Document { Id = document.Id, Folder = document.Folder, Manifest = document.Manifest, Chapters = [chapter], Numbering = document.Numbering, CitedWorks = document.CitedWorks };
                var view = new Publication { Root = publication.Root, Data = publication.Data, Bibliography = publication.Bibliography, Documents = [alone], Release = publication.Release };
                var chapterContext = new CheckContext(view, own);
                foreach (var check in ChapterChecks) check.Run(chapterContext);
                found = own.Items.ToList();
            }
            next[chapter] = found;
            findings.AddRange(found);
        }
        chapterFindings = next;
        return findings;
    }

    /// <summary><see cref="DocumentStats.Of"/>, with each chapter counted once per parse; the bibliography annex changes with every build.</summary>
    private DocumentStats StatsOf(Document document) =>
        new(document.Id, document.Manifest.PageBudget, document.Chapters.Where(c => !c.IsTemplate)
            .Select(c => c.Markdown.LastChild is BibliographyBlock ? ChapterStats.Of(c) : stats.GetValue(c.Markdown, _ => ChapterStats.Of(c)))
            .ToList());
}
