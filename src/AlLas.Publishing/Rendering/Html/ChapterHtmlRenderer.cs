using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>
/// Markdig's HTML renderer with the publication's node renderers plugged in, one per node type. Knows
/// which chapter it renders so that numbers and ids stay unique across the document's single page.
/// </summary>
public sealed class ChapterHtmlRenderer : HtmlRenderer
{
    public ChapterHtmlRenderer(TextWriter writer, Document document) : base(writer)
    {
        Document = document;
        PublicationMarkdown.Pipeline(document.Language).Setup(this);
        ObjectRenderers.Replace<HeadingRenderer>(new NumberedHeadingRenderer());
        ObjectRenderers.Replace<HtmlTableRenderer>(new CaptionedTableRenderer());
        ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new ChapterFootnoteGroupRenderer());
        ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new ChapterFootnoteLinkRenderer());
        ObjectRenderers.Add(new FigureRenderer());
        ObjectRenderers.Add(new TableCaptionRenderer());
        ObjectRenderers.Add(new BibliographyRenderer());
        ObjectRenderers.Add(new CrossReferenceRenderer());
        ObjectRenderers.Add(new CitationRenderer());
        ObjectRenderers.Add(new PendingRenderer());
        ObjectRenderers.Add(new CriticMarkupRenderer());
    }

    public Document Document { get; }

    public Chapter? Chapter { get; private set; }

    /// <summary>Footnotes number on across chapters, as in the Word version.</summary>
    public int FootnotesBefore { get; private set; }

    public string ChapterKey => $"c{Document.Chapters.ToList().IndexOf(Chapter!)}";

    public void RenderChapter(Chapter chapter)
    {
        Chapter = chapter;
        Render(chapter.Markdown);
        FootnotesBefore += chapter.Markdown.Descendants<Footnote>().Count();
    }

    public void SkipChapter(Chapter chapter) => FootnotesBefore += chapter.Markdown.Descendants<Footnote>().Count();

    public string FootnoteId(int order) => $"nota-{FootnotesBefore + order}";
}
