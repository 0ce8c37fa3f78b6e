using System.Text;
using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Scriban;
using Scriban.Runtime;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>
/// Writes a document as one HTML page through the Scriban layout templates/pagina.html.sbn, with its
/// stylesheet and images in the asset folder beside it.
/// </summary>
public sealed class HtmlWriter(string templatesDirectory) : IDocumentWriter
{
    public const string LayoutName = "pagina.html.sbn";

    public string Format => "html";
    public const string StylesheetName = "estilos.css";

    public IReadOnlyList<OutputFile> Write(Document document, Publication publication)
    {
        var layoutPath = Path.Combine(templatesDirectory, LayoutName);
        var layout = Template.Parse(File.ReadAllText(layoutPath), layoutPath);
        if (layout.HasErrors)
            throw new SourceException(Paths.Relative(publication.Root, layoutPath), "AL0040", string.Join("; ", layout.Messages));

        var model = new ScriptObject
        {
            ["lang"] = document.Language,
            ["title"] = document.Manifest.Title,
            ["subtitle"] = document.Manifest.Subtitle,
            ["tagline"] = publication.Tagline,
            ["funding_line"] = publication.FundingLine,
            ["release"] = new ScriptObject { ["label"] = publication.Release.Label, ["commit"] = publication.Release.Commit, ["date"] = publication.Release.Date },
            ["assets"] = HtmlAssets.Folder(document),
            ["stylesheet"] = $"{HtmlAssets.Folder(document)}/{StylesheetName}",
            ["cover"] = RenderChapters(document, document.Chapters.Where(c => c.Kind == ChapterKind.Cover)),
            ["front"] = RenderChapters(document, document.Chapters.Where(c => c.Kind == ChapterKind.Front && c.IsTemplate)),
            ["body"] = RenderChapters(document, document.Contents),
            ["toc"] = TableOfContents(document),
        };
        // The layout is ours and runs over the whole document. Scriban's guards for untrusted templates,
        // 1,000 loop iterations and 1,048,576 characters of output, stopped documents of more than 1,000
        // headings and cut the page of any document past about 1 MB (some 100 pages) with "...".
        var context = new TemplateContext { StrictVariables = true, MemberRenamer = m => m.Name, LoopLimit = 0, LimitToString = 0 };
        context.PushGlobal(model);
        string html;
        try
        {
            html = layout.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new SourceException(Paths.Relative(publication.Root, layoutPath) + $"({e.Span.Start.Line + 1},{e.Span.Start.Column + 1})", "AL0041", e.OriginalMessage, e);
        }

        var files = new List<OutputFile> { new($"{document.Id}.html", Encoding.UTF8.GetBytes(html)) };
        files.Add(new($"{HtmlAssets.Folder(document)}/{StylesheetName}", File.ReadAllBytes(Path.Combine(templatesDirectory, StylesheetName))));
        foreach (var figure in document.Chapters.SelectMany(c => c.Markdown.Descendants<FigureBlock>()).Where(f => f.ImagePath is not null)
                     .DistinctBy(HtmlAssets.ImageName))
            files.Add(new($"{HtmlAssets.Folder(document)}/{HtmlAssets.ImageName(figure)}", File.ReadAllBytes(figure.ImagePath!)));
        return files;
    }

    private static string RenderChapters(Document document, IEnumerable<Chapter> chapters)
    {
        var writer = new StringWriter();
        var renderer = new ChapterHtmlRenderer(writer, document);
        foreach (var chapter in document.Chapters)
        {
            // Footnote numbers run on through chapters this call does not print.
            if (!chapters.Contains(chapter))
            {
                renderer.SkipChapter(chapter);
                continue;
            }
            var kind = chapter.Kind switch
            {
                ChapterKind.Cover => "portada",
                ChapterKind.Annex => "anexo",
                ChapterKind.Front => "preliminar",
                _ => "capitulo",
            };
            writer.WriteLine($"<section class=\"{kind}\" data-fuente=\"{System.Net.WebUtility.HtmlEncode(chapter.File)}\">");
            renderer.RenderChapter(chapter);
            writer.WriteLine("</section>");
        }
        writer.Flush();
        return writer.ToString();
    }

    private static ScriptArray TableOfContents(Document document)
    {
        var entries = new ScriptArray();
        foreach (var chapter in document.Contents)
        {
            foreach (var heading in chapter.Markdown.Descendants<HeadingBlock>().Where(h => h.Level <= 3))
            {
                var number = document.Numbering.HeadingNumber(heading);
                if (chapter.Kind == ChapterKind.Annex && heading.Level == 1) number = $"Anexo {number}";
                entries.Add(new ScriptObject
                {
                    ["level"] = heading.Level,
                    ["number"] = number,
                    ["title"] = PlainText.Of(heading.Inline),
                    ["anchor"] = heading.TryGetAttributes()?.Id,
                });
            }
        }
        return entries;
    }
}
