using AlLas.Publishing.Content;
using AlLas.Publishing.Content.Checks;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Html;
using Markdig.Syntax;

namespace AlLas.Publishing.Preview;

/// <summary>The outcome of building one document for the preview.</summary>
public sealed record PreviewBuild(string DocumentId, bool Succeeded, bool Removed, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Builds documents into the <see cref="PreviewSite"/>, each on its own, so that an error in one
/// leaves the others alone and a saved file rebuilds only the documents made from it.
/// </summary>
public sealed class PreviewBuilder(string root, IReadOnlyCollection<string> chosen, PreviewSite site)
{
    /// <summary>The loader's code for a document that is not there (any more).</summary>
    private const string UnknownDocument = "AL0008";

    private readonly Dictionary<string, HashSet<string>> sources = new(StringComparer.Ordinal);
    private readonly string? commit = SourceCommit.Of(root);

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
            var owners = all.Where(id => path.StartsWith($"{Paths.Content}/{id}/", StringComparison.Ordinal) || path == $"{Paths.Content}/{id}")
                .Concat(sources.Where(s => s.Value.Contains(path)).Select(s => s.Key))
                .ToList();
            if (owners.Count == 0 || path.StartsWith(Paths.Templates + "/", StringComparison.Ordinal)) return all.Union(site.Pages.Select(p => p.Id)).Order(StringComparer.Ordinal).ToList();
            affected.UnionWith(owners);
        }
        return affected.ToList();
    }

    public IReadOnlyList<PreviewBuild> Build(IReadOnlyList<string> documentIds) => documentIds.Select(Build).ToList();

    public PreviewBuild Build(string id)
    {
        var diagnostics = new Diagnostics();
        try
        {
            var publication = new PublicationLoader(root, diagnostics, ReleaseInfo.WorkingDraft(commit)).Load([id]);
            SourceChecks.Run(publication, diagnostics);
            if (!diagnostics.HasErrors && publication.Documents is [var document])
            {
                var files = new HtmlWriter(Path.Combine(root, Paths.Templates)).Write(document, publication);
                var warnings = DiagnosticList.Ordered(diagnostics.Items.Where(d => d.Severity == Severity.Warning));
                sources[id] = SourcesOf(document);
                site.Publish(id, document.Manifest.Title, files, warnings);
                return new PreviewBuild(id, true, false, warnings);
            }
        }
        catch (SourceException e) when (e.Code == UnknownDocument)
        {
            sources.Remove(id);
            site.Remove(id);
            return new PreviewBuild(id, false, true, []);
        }
        catch (SourceException e)
        {
            diagnostics.Add(e);
        }
        var problems = DiagnosticList.Ordered(diagnostics.Items.Where(d => d.Severity != Severity.Info));
        site.Fail(id, problems);
        return new PreviewBuild(id, false, false, problems);
    }

    private HashSet<string> SourcesOf(Document document)
    {
        var files = new HashSet<string>(StringComparer.Ordinal) { $"{document.Folder}/{Paths.ManifestName}" };
        foreach (var chapter in document.Chapters)
        {
            files.Add(chapter.File);
            foreach (var figure in chapter.Markdown.Descendants<FigureBlock>().Where(f => f.ImagePath is not null))
                files.Add(Paths.Relative(root, figure.ImagePath!));
        }
        return files;
    }
}
