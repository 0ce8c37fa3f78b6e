using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>
/// Markdig's HTML renderer with the publication's node renderers plugged in, one per node type. Renders a
/// document's chapters one at a time, each as its own section of the page, numbered as the whole page
/// numbers it, so that a chapter's HTML is the same whether the page is built at once or put together from
/// sections kept between saves.
/// </summary>
public sealed class ChapterHtmlRenderer : HtmlRenderer
{
    public ChapterHtmlRenderer(Document document) : base(new StringWriter())
    {
        Document = document;
        PublicationMarkdown.Pipeline(document.Language).Setup(this);
        ObjectRenderers.Replace<HeadingRenderer>(new NumberedHeadingRenderer());
        ObjectRenderers.Replace<HtmlTableRenderer>(new CaptionedTableRenderer());
        ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new CoverBlockRenderer());
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

    /// <summary>The chapter as a section of the page; footnotesBefore is the count of the chapters before it in the document.</summary>
    public void RenderSection(TextWriter writer, Chapter chapter, int footnotesBefore)
    {
        Writer = writer;
        Chapter = chapter;
        FootnotesBefore = footnotesBefore;
        // Each section starts as a page would, whatever the section before it ended with.
        previousWasLine = true;
        writer.WriteLine($"<section class=\"{SectionClass(chapter.Kind)}\" data-fuente=\"{System.Net.WebUtility.HtmlEncode(chapter.File)}\">");
        Render(chapter.Markdown);
        writer.WriteLine("</section>");
    }

    public static int FootnotesOf(Chapter chapter) => chapter.Markdown.Descendants<Footnote>().Count();

    public string FootnoteId(int order) => $"nota-{FootnotesBefore + order}";

    private static string SectionClass(ChapterKind kind) => kind switch
    {
        ChapterKind.Cover => "portada",
        ChapterKind.BackCover => "contraportada",
        ChapterKind.Annex => "anexo",
        ChapterKind.Front => "preliminar",
        _ => "capitulo",
    };
}
