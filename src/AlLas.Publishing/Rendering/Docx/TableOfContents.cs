using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// A TOC field whose result is already written out: one TOC 1–3 paragraph per heading, each a link
/// to the heading's bookmark with a PAGEREF field holding the estimated page. Word shows the entries
/// as they are on opening and recomputes them only when asked (F9, or before printing if so set).
/// </summary>
internal static class TableOfContents
{
    public const string Instruction = "TOC \\o \"1-3\" \\h \\z \\u";

    /// <summary>
    /// Entry paragraphs go before <paramref name="anchor"/>; the field ends in the last of them.
    /// LibreOffice loses the page numbers of a section whose break sits in the paragraph that ends
    /// a TOC field, so the anchor (which carries the section break) stays outside the field.
    /// </summary>
    public static void Fill(Paragraph anchor, IReadOnlyList<TocEntry> entries, IReadOnlyDictionary<string, string> pages)
    {
        var fieldStart = DocxFields.Field(Instruction, null).ToList();
        var begin = fieldStart.Take(3).ToList(); // begin, instruction, separate
        var close = fieldStart.Last();

        if (entries.Count == 0)
        {
            anchor.InsertBeforeSelf(new Paragraph(begin.Append(close)));
            return;
        }
        // Each entry goes after the one before: inserting before the anchor would walk the body each time.
        Paragraph? last = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Toc(entry.Level) } });
            if (i == 0) paragraph.Append(begin.Select(r => r.CloneNode(true)));
            var link = new Hyperlink { Anchor = entry.Bookmark, History = true };
            if (entry.Number is not null)
            {
                link.Append(Text(entry.Number));
                link.Append(entry.Level == 1 && entry.Number.StartsWith("Anexo", StringComparison.Ordinal) ? Text(". ") : new Run(new TabChar()));
            }
            link.Append(Text(entry.Title));
            link.Append(new Run(new TabChar()));
            link.Append(DocxFields.PageReference(entry.Bookmark, pages.GetValueOrDefault(entry.Bookmark, "1"), null));
            paragraph.Append(link);
            if (last is null) anchor.InsertBeforeSelf(paragraph);
            else last.InsertAfterSelf(paragraph);
            last = paragraph;
        }
        last!.Append(close);
    }

    private static Run Text(string text) => DocxFields.TextRun(text, null);
}
