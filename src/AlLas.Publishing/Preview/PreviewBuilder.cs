using AlLas.Publishing.Content;
using AlLas.Publishing.Content.Checks;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering;
using AlLas.Publishing.Rendering.Html;
using Markdig.Syntax;

namespace AlLas.Publishing.Preview;

/// <summary>The outcome of building one document for the preview.</summary>
/// <param name="ChaptersParsed">Chapters read and parsed for this build (all of them on a whole load).</param>
/// <param name="SectionsRendered">Chapter sections of the page rendered anew; the others were kept from the last build.</param>
/// <param name="Superseded">Not published: its sources changed again while it was built, so another build follows.</param>
public sealed record PreviewBuild(string DocumentId, bool Succeeded, bool Removed, IReadOnlyList<Diagnostic> Problems, int ChaptersParsed = 0, int SectionsRendered = 0, bool Superseded = false);

/// <summary>
/// Builds documents into the <see cref="PreviewSite"/>, each on its own, so that an error in one
/// leaves the others alone and a saved file rebuilds only the documents made from it. A document is
/// kept between builds: when only its chapters were saved, only those are parsed again, and only the
/// sections of the page whose content, numbers or references changed are rendered again.
/// </summary>
public sealed class PreviewBuilder(string root, IReadOnlyCollection<string> chosen, PreviewSite site)
{
    /// <summary>The loader's code for a document that is not there (any more).</summary>
    private const string UnknownDocument = "AL0008";

    private sealed class Kept(KeptDocument document, HtmlLayout layout)
    {
        public KeptDocument Document { get; } = document;

        public HtmlLayout Layout { get; } = layout;
    }

    private readonly Dictionary<string, HashSet<string>> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Kept> kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KeptPage> pages = new(StringComparer.Ordinal);
    private readonly AssetFiles assets = new();
    private readonly ReleaseInfo draft = SourceCommit.Draft(root);

    private string Templates => Path.Combine(root, Paths.Templates);

    /// <summary>
    /// The stylesheet and images, read once per whole load: a save of one of them is not a chapter's, so it
    /// always brings a whole load.
    /// </summary>
    private sealed class AssetFiles
    {
        private readonly Dictionary<string, byte[]> files = new(StringComparer.Ordinal);

        public byte[] Read(string path)
        {
            if (!files.TryGetValue(path, out var content)) files[path] = content = File.ReadAllBytes(path);
            return content;
        }

        public void Clear() => files.Clear();
    }

    /// <summary>The documents of content/ (or the chosen ones), as they are on disk now.</summary>
    public IReadOnlyList<string> DocumentIds()
    {
        var content = Path.Combine(root, Paths.Content);
        if (!Directory.Exists(content)) return [];
        return Directory.GetDirectories(content)
            .Where(d => File.Exists(Path.Combine(d, Paths.ManifestName)))
            .Select(d => Path.GetFileName(d)!)
            .Where(id => chosen.Count == 0 || chosen.Contains(id))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The documents a set of changed files (repository-relative) touches: those whose folder holds the
    /// file or whose chapters or figures came from it; everything for shared data, templates or anything
    /// the last builds did not read (a new image may be the one a chapter was missing).
    /// </summary>
    public IReadOnlyList<string> Affected(IReadOnlyCollection<string> changed)
    {
        var all = DocumentIds();
        var affected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            if (Owners(path, all) is not { } owners) return all.Union(site.Pages.Select(p => p.Id)).Order(StringComparer.Ordinal).ToList();
            affected.UnionWith(owners);
        }
        return affected.ToList();
    }

    /// <summary>The documents made from a file; null when it may touch any of them (shared data, templates, a file no build read).</summary>
    private List<string>? Owners(string path, IReadOnlyList<string> all)
    {
        var owners = all.Where(id => path.StartsWith($"{Paths.Content}/{id}/", StringComparison.Ordinal) || path == $"{Paths.Content}/{id}")
            .Concat(sources.Where(s => s.Value.Contains(path)).Select(s => s.Key))
            .ToList();
        return owners.Count == 0 || path.StartsWith(Paths.Templates + "/", StringComparison.Ordinal) ? null : owners;
    }

    /// <summary>
    /// Builds the documents. changed (the saved files, repository-relative) lets a document reload only its
    /// saved chapters; stale, asked before each page is published, holds back a build whose sources changed
    /// again meanwhile (it is then marked superseded and the caller builds again).
    /// </summary>
    public IReadOnlyList<PreviewBuild> Build(IReadOnlyList<string> documentIds, IReadOnlyCollection<string>? changed = null, Func<bool>? stale = null) =>
        documentIds.Select(id => Build(id, changed, stale)).ToList();

    public PreviewBuild Build(string id, IReadOnlyCollection<string>? changed = null, Func<bool>? stale = null)
    {
        if (changed is not null && kept.TryGetValue(id, out var current))
        {
            var all = DocumentIds();
            var touching = changed.Where(path => Owners(path, all) is not { } owners || owners.Contains(id)).ToList();
            if (current.Document.CanReload(touching) && Reload(id, current, touching, stale) is { } reloaded) return reloaded;
        }
        kept.Remove(id);
        return Load(id, stale);
    }

    /// <summary>Only the saved chapters parsed again; null when that ends in an error, which a whole load then reports as a build would.</summary>
    private PreviewBuild? Reload(string id, Kept current, IReadOnlyCollection<string> changed, Func<bool>? stale)
    {
        var diagnostics = new Diagnostics();
        try
        {
            if (!current.Document.Reload(changed, diagnostics)) return null;
            var problems = diagnostics.Items.Concat(current.Document.Check()).ToList();
            if (problems.Any(d => d.Severity == Severity.Error)) return null;
            return Publish(id, current, problems, changed.Count, stale);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever ends a reload, the whole load reports it as a build would.
            return null;
        }
    }

    private PreviewBuild Load(string id, Func<bool>? stale)
    {
        var diagnostics = new Diagnostics();
        IEnumerable<Diagnostic> found = [];
        assets.Clear();
        try
        {
            var publication = new PublicationLoader(root, diagnostics, draft).Load([id]);
            if (!diagnostics.HasErrors && publication.Documents is [var document])
            {
                // The checks as `allas build` runs them, each chapter's kept for the next save.
                var loadedDocument = new KeptDocument(root, publication);
                found = diagnostics.Items.Concat(loadedDocument.Check()).ToList();
                if (!found.Any(d => d.Severity == Severity.Error))
                {
                    var loaded = new Kept(loadedDocument, HtmlLayout.Read(Templates, root));
                    var build = Publish(id, loaded, found, document.Chapters.Count, stale);
                    kept[id] = loaded;
                    return build;
                }
            }
            else
            {
                SourceChecks.Run(publication, diagnostics);
                found = diagnostics.Items;
            }
        }
        catch (SourceException e) when (e.Code == UnknownDocument)
        {
            sources.Remove(id);
            pages.Remove(id);
            site.Remove(id);
            return new PreviewBuild(id, false, true, []);
        }
        catch (SourceException e)
        {
            diagnostics.Add(e);
            found = found.Concat(diagnostics.Items.Except(found)).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Any other failure is shown as the build would print it, and the preview keeps serving.
            diagnostics.Add(Faults.Fault.Describe(e));
            found = found.Concat(diagnostics.Items.Except(found)).ToList();
        }
        var problems = DiagnosticList.Ordered(found.Where(d => d.Severity != Severity.Info));
        if (stale?.Invoke() == true) return new PreviewBuild(id, false, false, problems, Superseded: true);
        site.Fail(id, problems);
        return new PreviewBuild(id, false, false, problems);
    }

    /// <summary>Renders the page (from the kept sections where nothing changed) and puts it in the site with its assets.</summary>
    private PreviewBuild Publish(string id, Kept built, IEnumerable<Diagnostic> found, int parsed, Func<bool>? stale)
    {
        var document = built.Document.Document;
        if (!pages.TryGetValue(id, out var kept)) pages[id] = kept = new KeptPage();
        var files = new List<OutputFile> { new($"{document.Id}.html", kept.Page(built.Layout, document, built.Document.Publication)) };
        files.AddRange(new HtmlWriter(Templates).Assets(document, kept.Figures).Select(a => new OutputFile(a.RelativePath, assets.Read(a.Source))));

        var warnings = DiagnosticList.Ordered(found.Where(d => d.Severity == Severity.Warning));
        sources[id] = SourcesOf(document, kept);
        if (stale?.Invoke() == true) return new PreviewBuild(id, true, false, warnings, parsed, kept.Rendered, Superseded: true);
        site.Publish(id, document.Manifest.Title, files, warnings);
        return new PreviewBuild(id, true, false, warnings, parsed, kept.Rendered);
    }

    private HashSet<string> SourcesOf(Document document, KeptPage page)
    {
        var files = new HashSet<string>(StringComparer.Ordinal) { $"{document.Folder}/{Paths.ManifestName}" };
        foreach (var chapter in document.Chapters)
        {
            files.Add(chapter.File);
            foreach (var figure in page.Figures(chapter).Where(f => f.ImagePath is not null))
            {
                files.Add(Paths.Relative(root, figure.ImagePath!));
                // A figure drawn from its Graphviz source changes when the source does.
                if (Rendering.Diagrams.Graphviz.SourceOf(figure.ImagePath) is { } source) files.Add(Paths.Relative(root, source));
            }
        }
        return files;
    }
}
