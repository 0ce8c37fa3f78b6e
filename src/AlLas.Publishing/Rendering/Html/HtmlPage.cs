using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Scriban.Runtime;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>
/// A document's single HTML page: its data, table of contents and chapter sections put through the layout.
/// The sections come from a function of the chapter's index in the document, so that the build renders
/// them as the layout reaches them and the preview hands over the ones it kept.
/// </summary>
public static class HtmlPage
{
    public const string StylesheetName = "estilos.css";

    public static void Write(TextWriter output, HtmlLayout layout, Document document, Publication publication, Func<int, string> section)
    {
        var chapters = document.Chapters;
        var contents = document.Contents.ToHashSet();
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
            ["cover"] = Section(chapters, c => c.Kind == ChapterKind.Cover, section),
            ["front"] = Section(chapters, c => c.Kind == ChapterKind.Front && c.IsTemplate, section),
            ["body"] = Section(chapters, contents.Contains, section),
            ["toc"] = TableOfContents(document),
        };
        layout.Render(output, model);
    }

    /// <summary>Where each chapter's footnotes start: they number on through the whole document, as in the Word version.</summary>
    public static int[] FootnotesBefore(IReadOnlyList<int> footnotesPerChapter)
    {
        var before = new int[footnotesPerChapter.Count];
        for (var i = 1; i < before.Length; i++) before[i] = before[i - 1] + footnotesPerChapter[i - 1];
        return before;
    }

    private static object Section(IReadOnlyList<Chapter> chapters, Func<Chapter, bool> printed, Func<int, string> section)
    {
        var indices = Enumerable.Range(0, chapters.Count).Where(i => printed(chapters[i])).ToList();
        return indices.Count == 0 ? "" : new PageSection(indices, section);
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
