using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// A rough layout of the body: lines from text length and font size, heights of images and table
/// rows, breaks before chapters and sections. It gives the cached page numbers of the table of
/// contents and the page count reported against a document's budget; Word or LibreOffice will lay
/// out differently by a few lines, which is what an estimate is for.
/// </summary>
/// <remarks>
/// The body's blocks are laid out one at a time, in reading order, as the writer lets go of them;
/// each section's numbering and orientation come from its <see cref="SectionSpec"/>.
/// </remarks>
internal sealed class PageEstimator
{
    private readonly StyleSheet styles;
    private readonly PageSetup page;
    private readonly Footnotes footnotes;
    private readonly Func<int, SectionSpec> sectionAt;
    private readonly Dictionary<int, Footnote> notes = [];
    private OpenXmlElement? lastIndexedNote;

    private readonly Dictionary<string, string> bookmarkPages = new(StringComparer.Ordinal);
    private readonly List<int> pagesPerSection = [];
    private int sectionIndex;
    private SectionSpec section;
    private int number = 1;
    private double used;
    private int pagesInSection = 1;

    /// <param name="sectionAt">The spec of the section with the given index (0: the cover).</param>
    public PageEstimator(StyleSheet styles, PageSetup page, Footnotes footnotes, Func<int, SectionSpec> sectionAt)
    {
        this.styles = styles;
        this.page = page;
        this.footnotes = footnotes;
        this.sectionAt = sectionAt;
        section = sectionAt(0);
        StartSection();
    }

    public sealed record Result(IReadOnlyDictionary<string, string> BookmarkPages, IReadOnlyList<int> PagesPerSection);

    public Result Estimate(Body body)
    {
        foreach (var element in body.ChildElements) Add(element);
        return Finish();
    }

    public Result Finish() => new(bookmarkPages, pagesPerSection);

    /// <summary>Lays out the next block of the body.</summary>
    public void Add(OpenXmlElement element)
    {
        switch (element)
        {
            case Paragraph p:
                var style = styles.Paragraph(p);
                if (style.PageBreakBefore && used > 0) NewPage();
                var content = ParagraphContent.Of(p);
                if (content.Bookmarks is { } names)
                {
                    var display = Display();
                    foreach (var name in names) bookmarkPages[name] = display;
                }
                if (content.PageBreak) NewPage();
                Place(Height(content, style, Width()));
                if (content.Notes is { } references)
                {
                    foreach (var id in references)
                    {
                        if (Note(id) is { } note)
                            Place(note.Elements<Paragraph>().Sum(np => Height(ParagraphContent.Of(np), styles.Paragraph(np), Width())));
                    }
                }
                if (p.ParagraphProperties?.SectionProperties is not null) EndSection();
                break;
            case Table t:
                foreach (var row in t.Elements<TableRow>()) Place(RowHeight(row));
                break;
            case SectionProperties:
                EndSection();
                break;
        }
    }

    private void StartSection()
    {
        if (section.RestartNumbering) number = 1;
        used = 0;
        pagesInSection = 1;
    }

    private void EndSection()
    {
        pagesPerSection.Add(pagesInSection);
        sectionIndex++;
        section = sectionAt(sectionIndex);
        number++;
        StartSection();
    }

    private double PageHeight() => page.TextHeight(section.Landscape);

    private double Width() => page.TextWidth(section.Landscape);

    private void NewPage()
    {
        number++;
        pagesInSection++;
        used = 0;
    }

    private void Place(double height)
    {
        if (used > 0 && used + height > PageHeight()) NewPage();
        used += height;
        while (used > PageHeight())
        {
            used -= PageHeight();
            NewPage();
        }
    }

    private string Display() =>
        section.Kind == SectionKind.Front ? Roman(number) : number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The note with this id; notes are appended in id order as the text refers to them.</summary>
    private Footnote? Note(int id)
    {
        if (notes.TryGetValue(id, out var known)) return known;
        for (var e = lastIndexedNote is null ? footnotes.FirstChild : lastIndexedNote.NextSibling(); e is not null; e = e.NextSibling())
        {
            lastIndexedNote = e;
            if (e is Footnote { Id: { } noteId } note) notes[(int)noteId.Value] = note;
        }
        return notes.GetValueOrDefault(id);
    }

    private double RowHeight(TableRow row)
    {
        double tallest = 0;
        foreach (var cell in row.Elements<TableCell>())
        {
            var width = double.TryParse(cell.TableCellProperties?.TableCellWidth?.Width?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) ? w - 216 : 1500;
            var height = cell.Elements<Paragraph>().Sum(p => Height(ParagraphContent.Of(p), styles.Paragraph(p), Math.Max(width, 400)));
            tallest = Math.Max(tallest, height);
        }
        return tallest + 80;
    }

    private static double Height(ParagraphContent content, StyleSheet.ParagraphLook look, double width)
    {
        var chars = content.Characters;
        var fontPoints = look.FontHalfPoints / 2.0;
        // Twips. Both factors were fitted to LibreOffice's layout of the two documents (Carlito for
        // Calibri): TOC pages within one of the PDF's for most headings, totals within a page.
        var charWidth = fontPoints * 0.42 * 20;
        var lineHeight = fontPoints * 1.18 * 20 * look.LineFactor;
        var indent = look.Indent;
        var lines = Math.Max(1, Math.Ceiling(chars * charWidth / Math.Max(width - indent, 1000)));
        lines += content.LineBreaks;
        var drawings = content.DrawingHeight;
        if (chars == 0 && drawings > 0) lines = 0;
        return lines * lineHeight + drawings + look.Before + look.After;
    }

    private static string Roman(int n)
    {
        (int Value, string Digits)[] table = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
        var sb = new System.Text.StringBuilder();
        foreach (var (value, digits) in table)
        {
            while (n >= value) { sb.Append(digits); n -= value; }
        }
        return sb.ToString();
    }

    /// <summary>What the layout needs of one paragraph, gathered in a single walk of its elements.</summary>
    private readonly record struct ParagraphContent(
        int Characters, int LineBreaks, bool PageBreak, double DrawingHeight, List<string>? Bookmarks, List<int>? Notes)
    {
        public static ParagraphContent Of(Paragraph p)
        {
            int text = 0, tabs = 0, lineBreaks = 0;
            var pageBreak = false;
            double drawings = 0;
            List<string>? bookmarks = null;
            List<int>? references = null;
            // A walk of its own: the SDK's Descendants() allocates a stack for every paragraph.
            for (var e = p.FirstChild; e is not null; e = Next(e, p))
            {
                switch (e)
                {
                    case Text t:
                        text += t.Text.Length;
                        break;
                    case TabChar:
                        tabs++;
                        break;
                    case Break br:
                        if (br.Type?.Value == BreakValues.Page) pageBreak = true;
                        if (br.Type is null || br.Type.Value == BreakValues.TextWrapping) lineBreaks++;
                        break;
                    case Wp.Extent extent:
                        drawings += (extent.Cy?.Value ?? 0) / (double)PageSetup.EmuPerTwip;
                        break;
                    case BookmarkStart { Name.Value: { } name }:
                        (bookmarks ??= []).Add(name);
                        break;
                    case FootnoteReference { Id.Value: var id }:
                        (references ??= []).Add((int)id);
                        break;
                }
            }
            return new ParagraphContent(text + tabs * 4, lineBreaks, pageBreak, drawings, bookmarks, references);
        }

        /// <summary>The element after <paramref name="e"/> in document order within <paramref name="root"/>.</summary>
        private static OpenXmlElement? Next(OpenXmlElement e, OpenXmlElement root)
        {
            if (e.FirstChild is { } child) return child;
            for (; !ReferenceEquals(e, root); e = e.Parent!)
            {
                if (e.NextSibling() is { } sibling) return sibling;
            }
            return null;
        }
    }
}
