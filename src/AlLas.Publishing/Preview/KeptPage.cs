using System.Runtime.CompilerServices;
using System.Text;
using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Html;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AlLas.Publishing.Preview;

/// <summary>
/// A document's page kept between builds. Each chapter's section is kept with what it was rendered from:
/// the parsed chapter, where its footnotes start, and every number, anchor and reference text it prints; it
/// is rendered again only when one of those changed, so that saving one chapter re-renders that chapter and
/// those whose numbers or references moved with it. The layout's own output (head, table of contents,
/// footer) is kept with the values it was given and run again only when one of them changed. Both are the
/// very text the build's writer produces, so the page put together from them is the one a build writes.
/// </summary>
internal sealed class KeptPage
{
    private sealed record Entry(string Key, string Html);

    /// <summary>What a parsed chapter prints from outside itself, found once per parse.</summary>
    private sealed class Dependents
    {
        public readonly List<HeadingBlock> Headings = [];
        public readonly List<FigureBlock> Figures = [];
        public readonly List<TableCaptionBlock> Captions = [];
        public readonly List<CrossReferenceInline> References = [];
        public readonly List<CitationInline> Citations = [];
        public int Footnotes;
    }

    private readonly ConditionalWeakTable<MarkdownDocument, Dependents> dependents = new();
    private readonly ConditionalWeakTable<string, byte[]> encoded = new();
    private Dictionary<MarkdownDocument, Entry> entries = new(ReferenceEqualityComparer.Instance);
    private (HtmlLayout Layout, string Key, LayoutOutput Output)? layoutOutput;

    /// <summary>Sections rendered by the last <see cref="Write"/>, for the log and the tests.</summary>
    public int Rendered { get; private set; }

    /// <summary>The page of the document, the bytes <see cref="HtmlPage.Write"/> writes.</summary>
    public byte[] Page(HtmlLayout layout, Document document, Publication publication)
    {
        var sections = Sections(document);
        var model = HtmlPage.Model(document, publication, sections);
        if (layoutOutput is not { } kept || kept.Layout != layout || kept.Key != model.Key || !kept.Output.Reusable)
            layoutOutput = kept = (layout, model.Key, layout.Render(model.Values()));

        // Copied into a page of its exact size: no stream growing and copied over a long document's megabytes.
        var parts = kept.Output.Parts(sections).Select(Encoded).ToList();
        // Every byte is copied over, so the page's megabytes need not be cleared first.
        var page = GC.AllocateUninitializedArray<byte>(checked((int)parts.Sum(p => (long)p.Length)));
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(page, at);
            at += part.Length;
        }
        return page;
    }

    /// <summary>
    /// A part of the page in the page's encoding. Kept sections and the kept layout's text are the same
    /// strings from one build to the next, so each is encoded once, not the whole page at every save.
    /// </summary>
    private byte[] Encoded(string part) => encoded.GetValue(part, HtmlWriter.PageEncoding.GetBytes);

    /// <summary>
    /// The section of each chapter of the document by its index, from the cache when nothing it prints
    /// changed. Sections of chapters no longer in the document are dropped.
    /// </summary>
    private Func<int, string> Sections(Document document)
    {
        var chapters = document.Chapters;
        var found = chapters.Select(Find).ToList();
        var footnotesBefore = HtmlPage.FootnotesBefore(found.Select(f => f.Footnotes).ToList());
        var previous = entries;
        var next = new Dictionary<MarkdownDocument, Entry>(ReferenceEqualityComparer.Instance);
        ChapterHtmlRenderer? renderer = null;
        Rendered = 0;
        var keys = new string?[chapters.Count];
        for (var i = 0; i < chapters.Count; i++)
        {
            var key = Key(document, chapters[i], found[i], footnotesBefore[i]);
            keys[i] = key;
            if (key is not null && previous.TryGetValue(chapters[i].Markdown, out var entry) && entry.Key == key) next[chapters[i].Markdown] = entry;
        }
        entries = next;
        return index =>
        {
            var chapter = chapters[index];
            if (keys[index] is { } key && next.TryGetValue(chapter.Markdown, out var kept) && kept.Key == key) return kept.Html;
            renderer ??= new ChapterHtmlRenderer(document);
            var writer = new StringWriter();
            renderer.RenderSection(writer, chapter, footnotesBefore[index]);
            Rendered++;
            var html = writer.ToString();
            if (keys[index] is { } fresh) next[chapter.Markdown] = new Entry(fresh, html);
            return html;
        };
    }

    /// <summary>The chapter's figures, found once per parse like the rest of what it prints.</summary>
    public IReadOnlyList<FigureBlock> Figures(Chapter chapter) => Find(chapter).Figures;

    private Dependents Find(Chapter chapter)
    {
        // The bibliography annex gets a new list of works at every build: it is counted and rendered each time.
        if (HasBibliography(chapter)) return Walk(chapter.Markdown);
        return dependents.GetValue(chapter.Markdown, Walk);
    }

    private static bool HasBibliography(Chapter chapter) => chapter.Markdown.LastChild is BibliographyBlock;

    private static Dependents Walk(MarkdownDocument markdown)
    {
        var found = new Dependents();
        foreach (var node in markdown.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading: found.Headings.Add(heading); break;
                case FigureBlock figure: found.Figures.Add(figure); break;
                case TableCaptionBlock caption: found.Captions.Add(caption); break;
                case CrossReferenceInline reference: found.References.Add(reference); break;
                case CitationInline citation: found.Citations.Add(citation); break;
                case Footnote: found.Footnotes++; break;
            }
        }
        return found;
    }

    /// <summary>Everything a chapter's section prints that numbering and references set; null when it is not kept.</summary>
    private static string? Key(Document document, Chapter chapter, Dependents found, int footnotesBefore)
    {
        if (HasBibliography(chapter)) return null;
        const char Separator = '\u001f';
        var key = new StringBuilder();
        key.Append(chapter.Kind).Append(Separator).Append(chapter.File).Append(Separator).Append(footnotesBefore).Append(Separator);
        foreach (var heading in found.Headings)
            key.Append(heading.TryGetAttributes()?.Id).Append(Separator).Append(document.Numbering.HeadingNumber(heading)).Append(Separator);
        foreach (var figure in found.Figures)
            key.Append(figure.Target?.CaptionPrefix).Append(Separator).Append(figure.ImagePath).Append(Separator);
        foreach (var caption in found.Captions)
            key.Append(caption.Target?.CaptionPrefix).Append(Separator);
        foreach (var reference in found.References)
            key.Append(reference.Text).Append(Separator);
        foreach (var citation in found.Citations)
            key.Append(citation.Text).Append(Separator);
        return key.ToString();
    }
}
