using System.Text;
using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Scriban.Runtime;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>
/// What the layout is given for a page, and a key that is equal whenever those values are. The values are
/// made when asked: the preview keeps the layout's output while the key holds, and a long document's table
/// of contents is thousands of objects.
/// </summary>
public sealed class PageModel(Func<ScriptObject> values, string key)
{
    public string Key => key;

    public ScriptObject Values() => values();
}

/// <summary>
/// A document's single HTML page: its data, table of contents and chapter sections put through the layout.
/// The sections come from a function of the chapter's index in the document, so that the build renders
/// them as the layout reaches them and the preview hands over the ones it kept.
/// </summary>
public static class HtmlPage
{
    public const string StylesheetName = "estilos.css";

    public static void Write(TextWriter output, HtmlLayout layout, Document document, Publication publication, Func<int, string> section) =>
        layout.Render(Model(document, publication, section).Values()).WriteTo(output);

    /// <summary>The layout's values for the document; sections print as the function gives them.</summary>
    public static PageModel Model(Document document, Publication publication, Func<int, string> section)
    {
        var chapters = document.Chapters;
        var contents = document.Contents.ToHashSet();
        var key = new KeyBuilder();
        var values = new ScriptObject
        {
            ["lang"] = key.Add(document.Language),
            ["title"] = key.Add(document.Manifest.Title),
            ["subtitle"] = key.Add(document.Manifest.Subtitle),
            ["tagline"] = key.Add(publication.Tagline),
            ["funding_line"] = key.Add(publication.FundingLine),
            ["release"] = new ScriptObject { ["label"] = key.Add(publication.Release.Label), ["commit"] = key.Add(publication.Release.Commit), ["date"] = key.Add(publication.Release.Date) },
            ["assets"] = key.Add(HtmlAssets.Folder(document)),
            ["stylesheet"] = key.Add($"{HtmlAssets.Folder(document)}/{StylesheetName}"),
            ["cover"] = Section(chapters, c => c.Kind == ChapterKind.Cover, section, key),
            ["front"] = Section(chapters, c => c.Kind == ChapterKind.Front && c.IsTemplate, section, key),
            ["body"] = Section(chapters, contents.Contains, section, key),
            ["back"] = Section(chapters, c => c.Kind == ChapterKind.BackCover, section, key),
        };
        var contentsEntries = TableOfContents(document, key);
        return new PageModel(() =>
        {
            values["toc"] = Entries(contentsEntries);
            return values;
        }, key.ToString());
    }

    /// <summary>Where each chapter's footnotes start: they number on through the whole document, as in the Word version.</summary>
    public static int[] FootnotesBefore(IReadOnlyList<int> footnotesPerChapter)
    {
        var before = new int[footnotesPerChapter.Count];
        for (var i = 1; i < before.Length; i++) before[i] = before[i - 1] + footnotesPerChapter[i - 1];
        return before;
    }

    private static object Section(IReadOnlyList<Chapter> chapters, Func<Chapter, bool> printed, Func<int, string> section, KeyBuilder key)
    {
        var indices = Enumerable.Range(0, chapters.Count).Where(i => printed(chapters[i])).ToList();
        key.Add(string.Join(',', indices));
        return indices.Count == 0 ? "" : new PageSection(indices, section);
    }

    private static List<(int Level, string? Number, string Title, string? Anchor)> TableOfContents(Document document, KeyBuilder key)
    {
        var entries = new List<(int, string?, string, string?)>();
        foreach (var chapter in document.Contents)
        {
            foreach (var heading in chapter.Markdown.Descendants<HeadingBlock>().Where(h => h.Level <= 3))
            {
                var number = document.Numbering.HeadingNumber(heading);
                if (chapter.Kind == ChapterKind.Annex && heading.Level == 1) number = $"Anexo {number}";
                entries.Add((heading.Level, key.Add(number), key.Add(PlainText.Of(heading.Inline))!, key.Add(heading.TryGetAttributes()?.Id)));
                key.Add(heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return entries;
    }

    /// <summary>The table of contents as the layout reads it: `entry.level`, `.number`, `.title`, `.anchor`.</summary>
    private static ScriptArray Entries(List<(int Level, string? Number, string Title, string? Anchor)> contents)
    {
        var entries = new ScriptArray();
        foreach (var entry in contents)
            entries.Add(new ScriptObject { ["level"] = entry.Level, ["number"] = entry.Number, ["title"] = entry.Title, ["anchor"] = entry.Anchor });
        return entries;
    }

    /// <summary>The model's values one after another, each closed by a separator, null apart from empty.</summary>
    private sealed class KeyBuilder
    {
        private readonly StringBuilder text = new();

        public string? Add(string? value)
        {
            text.Append(value is null ? "\u0000" : value).Append('\u001f');
            return value;
        }

        public override string ToString() => text.ToString();
    }
}
