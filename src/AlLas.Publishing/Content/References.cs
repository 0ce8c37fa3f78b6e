using System.Text;
using AlLas.Publishing.Markdown;
using Markdig.Syntax;

namespace AlLas.Publishing.Content;

/// <summary>
/// Resolves what chapters point at: cross-references to labels, citations to the bibliography, images
/// to files. Appends the cited works to the bibliography annex.
/// </summary>
public static class References
{
    public static IReadOnlyList<Work> Resolve(IReadOnlyList<Chapter> chapters, Numbering numbering, Bibliography bibliography, Diagnostics diagnostics, string root)
    {
        var cited = new CitedWorks();
        // A long document reuses its images: each file is looked for on disk once, not once per figure.
        var images = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            var pointers = chapter.Pointers;
            foreach (var reference in pointers.CrossReferences)
            {
                reference.Target = numbering.Find(reference.Label);
                if (reference.Target is null)
                    diagnostics.Error(chapter.SpanOf(reference), "AL0020", $"referencia cruzada desconocida '@{reference.Label}'");
            }
            CrossReferenceGroups.Apply(pointers.CrossReferences);
            foreach (var citation in pointers.Citations)
                Cite(chapter, citation, bibliography, cited, diagnostics);
            foreach (var figure in chapter.Markdown.Descendants<FigureBlock>())
                LocateImage(chapter, figure, images, diagnostics, root);
            if (chapter.IsTemplate) CoverContainers.LocateLogos(chapter.Markdown, Path.Combine(root, Path.GetDirectoryName(chapter.File) ?? ""));
        }
        AppendBibliography(chapters, cited.InOrder, bibliography, diagnostics);
        return cited.InOrder;
    }

    private static void Cite(Chapter chapter, CitationInline citation, Bibliography bibliography, CitedWorks cited, Diagnostics diagnostics)
    {
        var items = new List<(string, string?)>();
        foreach (var item in citation.Items)
        {
            if (!bibliography.TryGet(item.Key, out var work))
            {
                diagnostics.Error(chapter.SpanOf(citation), "AL0012", $"cita desconocida '{item.Key}': no está en content/{Bibliography.FileName}");
                continue;
            }
            items.Add((cited.Add(work), item.Locator));
        }
        citation.Text = items.Count > 0 ? CitationStyle.InText(items) : "(" + string.Join("; ", citation.Items.Select(i => i.Key)) + ")";
    }

    private static void LocateImage(Chapter chapter, FigureBlock figure, Dictionary<string, bool> images, Diagnostics diagnostics, string root)
    {
        var url = Uri.UnescapeDataString(figure.Image.Url ?? "");
        var path = Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(chapter.File) ?? "", url));
        if (!images.TryGetValue(path, out var exists)) images[path] = exists = File.Exists(path);
        if (!exists)
        {
            diagnostics.Error(chapter.SpanOf(figure), "AL0030", $"no se encuentra la imagen '{url}'");
            return;
        }
        if (SourceFiles.Problem(root, path, url) is { } problem)
        {
            diagnostics.Error(chapter.SpanOf(figure), problem.Code, problem.Message);
            return;
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".png" or ".jpg" or ".jpeg"))
            diagnostics.Error(chapter.SpanOf(figure), "AL0032", $"la imagen '{url}' debe ser PNG o JPEG");
        if (string.IsNullOrWhiteSpace(figure.AltText))
            diagnostics.Warning(chapter.SpanOf(figure), "AL0031", "la figura no tiene texto alternativo (alt=\"...\")");
        figure.ImagePath = path;
    }

    private static void AppendBibliography(IReadOnlyList<Chapter> chapters, List<Work> cited, Bibliography bibliography, Diagnostics diagnostics)
    {
        if (cited.Count == 0 || bibliography.Source is null) return;
        var annex = chapters.FirstOrDefault(c => c.Id == BibliographyBlock.AnnexLabel);
        if (annex is null)
        {
            var first = chapters.First(c => c.Pointers.Citations.Count > 0);
            diagnostics.Warning(first.SpanOf(first.Pointers.Citations[0]), "AL0014",
                $"el documento cita obras pero no tiene un anexo '# Bibliografía {{#{BibliographyBlock.AnnexLabel}}}' donde listarlas");
            return;
        }

        var text = new StringBuilder();
        var map = new SourceMap(bibliography.Source);
        foreach (var work in cited.OrderBy(CitationStyle.SortKey, BibliographyOrder.Comparer))
        {
            var reference = CitationStyle.Reference(work);
            var entryStart = bibliography.Source.Offset(work.Span.Line, 1);
            var entryEnd = bibliography.Source.Text.IndexOf('\n', entryStart);
            map.AddGenerated(text.Length, reference.Length + 2, entryStart, entryEnd < 0 ? entryStart : entryEnd - 1);
            text.Append(reference).Append("\n\n");
        }
        var parsed = PublicationMarkdown.Parse(text.ToString(), "es");
        var block = new BibliographyBlock(null) { Map = map };
        foreach (var paragraph in parsed.ToList())
        {
            parsed.Remove(paragraph);
            block.Add(paragraph);
        }
        annex.Markdown.Add(block);
    }
}
