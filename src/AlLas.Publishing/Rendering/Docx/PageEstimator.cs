using System.Globalization;
using AlLas.Publishing.Rendering.Docx.Styling;
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
internal sealed class PageEstimator
{
    private readonly StyleSheet styles;
    private readonly PageSetup page;
    private readonly Dictionary<int, Footnote> notes;

    public PageEstimator(Styles styles, PageSetup page, Footnotes footnotes)
    {
        this.styles = new StyleSheet(styles);
        this.page = page;
        notes = footnotes.Elements<Footnote>().Where(f => f.Id is not null).ToDictionary(f => (int)f.Id!.Value);
    }

    public sealed record Result(IReadOnlyDictionary<string, string> BookmarkPages, IReadOnlyList<int> PagesPerSection);

    public Result Estimate(Body body)
    {
        var sections = body.Descendants<SectionProperties>().ToList();
        var bookmarkPages = new Dictionary<string, string>(StringComparer.Ordinal);
        var pagesPerSection = new List<int>();

        var sectionIndex = 0;
        var number = 1;
        double used = 0;
        var pagesInSection = 1;
        var section = sections.ElementAtOrDefault(0);
        StartSection();

        void StartSection()
        {
            if (section?.GetFirstChild<PageNumberType>()?.Start?.Value is { } start) number = start;
            used = 0;
            pagesInSection = 1;
        }

        bool Landscape() => section?.GetFirstChild<PageSize>()?.Orient?.Value == PageOrientationValues.Landscape;
        double Height() => page.TextHeight(Landscape());
        double Width() => page.TextWidth(Landscape());

        void NewPage()
        {
            number++;
            pagesInSection++;
            used = 0;
        }

        void Place(double height)
        {
            if (used > 0 && used + height > Height()) NewPage();
            used += height;
            while (used > Height())
            {
                used -= Height();
                NewPage();
            }
        }

        string Display()
        {
            var format = section?.GetFirstChild<PageNumberType>()?.Format?.Value;
            return format == NumberFormatValues.LowerRoman ? Roman(number) : number.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    var style = styles.Paragraph(p);
                    if (style.PageBreakBefore && used > 0) NewPage();
                    foreach (var b in p.Descendants<BookmarkStart>())
                    {
                        if (b.Name?.Value is { } name) bookmarkPages[name] = Display();
                    }
                    if (p.Descendants<Break>().Any(br => br.Type?.Value == BreakValues.Page)) NewPage();
                    Place(ParagraphHeight(p, style, Width()));
                    foreach (var reference in p.Descendants<FootnoteReference>())
                    {
                        if (reference.Id?.Value is { } id && notes.TryGetValue((int)id, out var note))
                            Place(note.Elements<Paragraph>().Sum(np => ParagraphHeight(np, styles.Paragraph(np), Width())));
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
        return new Result(bookmarkPages, pagesPerSection);

        void EndSection()
        {
            pagesPerSection.Add(pagesInSection);
            sectionIndex++;
            section = sections.ElementAtOrDefault(sectionIndex);
            number++;
            StartSection();
        }
    }

    private double RowHeight(TableRow row)
    {
        double tallest = 0;
        foreach (var cell in row.Elements<TableCell>())
        {
            var width = double.TryParse(cell.TableCellProperties?.TableCellWidth?.Width?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) ? w - 216 : 1500;
            var height = cell.Elements<Paragraph>().Sum(p => ParagraphHeight(p, styles.Paragraph(p), Math.Max(width, 400)));
            tallest = Math.Max(tallest, height);
        }
        return tallest + 80;
    }

    private static double ParagraphHeight(Paragraph p, StyleSheet.ParagraphLook look, double width)
    {
        var chars = p.Descendants<Text>().Sum(t => t.Text.Length) + p.Descendants<TabChar>().Count() * 4;
        var fontPoints = look.FontHalfPoints / 2.0;
        // Twips. Both factors were fitted to LibreOffice's layout of the two documents (Carlito for
        // Calibri): TOC pages within one of the PDF's for most headings, totals within a page.
        var charWidth = fontPoints * 0.42 * 20;
        var lineHeight = fontPoints * 1.18 * 20 * look.LineFactor;
        var indent = look.Indent;
        var lines = Math.Max(1, Math.Ceiling(chars * charWidth / Math.Max(width - indent, 1000)));
        lines += p.Descendants<Break>().Count(b => b.Type is null || b.Type.Value == BreakValues.TextWrapping);
        var drawings = p.Descendants<Wp.Extent>().Sum(e => (e.Cy?.Value ?? 0) / (double)PageSetup.EmuPerTwip);
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
}

/// <summary>The few properties of paragraph styles the page estimate needs, through basedOn chains.</summary>
internal sealed class StyleSheet
{
    public sealed record ParagraphLook(int FontHalfPoints, double LineFactor, double Before, double After, double Indent, bool PageBreakBefore);

    private readonly Dictionary<string, Style> byId;
    private readonly Dictionary<string, ParagraphLook> cache = new(StringComparer.Ordinal);
    private readonly ParagraphLook defaults;

    public StyleSheet(Styles styles)
    {
        byId = styles.Elements<Style>().Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First());
        var rDefault = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        var pDefault = styles.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle;
        defaults = new ParagraphLook(
            ParseInt(rDefault?.FontSize?.Val?.Value) ?? 22,
            LineFactor(pDefault?.SpacingBetweenLines) ?? 1.0,
            ParseInt(pDefault?.SpacingBetweenLines?.Before?.Value) ?? 0,
            ParseInt(pDefault?.SpacingBetweenLines?.After?.Value) ?? 0,
            0,
            false);
    }

    public ParagraphLook Paragraph(Paragraph p)
    {
        var look = Resolve(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? StyleIds.Normal, 0);
        var direct = p.ParagraphProperties;
        if (direct?.PageBreakBefore is not null) look = look with { PageBreakBefore = true };
        if (direct?.Indentation?.Left?.Value is { } left && ParseInt(left) is { } l) look = look with { Indent = l };
        if (direct?.NumberingProperties is not null) look = look with { Indent = Math.Max(look.Indent, 720) };
        return look;
    }

    private ParagraphLook Resolve(string id, int depth)
    {
        if (cache.TryGetValue(id, out var known)) return known;
        if (!byId.TryGetValue(id, out var style) || depth > 20) return defaults;
        var parent = style.BasedOn?.Val?.Value is { } b ? Resolve(b, depth + 1) : defaults;
        var pPr = style.StyleParagraphProperties;
        var rPr = style.StyleRunProperties;
        var look = new ParagraphLook(
            ParseInt(rPr?.FontSize?.Val?.Value) ?? parent.FontHalfPoints,
            LineFactor(pPr?.SpacingBetweenLines) ?? parent.LineFactor,
            ParseInt(pPr?.SpacingBetweenLines?.Before?.Value) ?? parent.Before,
            ParseInt(pPr?.SpacingBetweenLines?.After?.Value) ?? parent.After,
            ParseInt(pPr?.Indentation?.Left?.Value) ?? parent.Indent,
            pPr?.PageBreakBefore is { } pb ? pb.Val is null || pb.Val.Value : parent.PageBreakBefore);
        cache[id] = look;
        return look;
    }

    private static double? LineFactor(SpacingBetweenLines? spacing) =>
        spacing?.Line?.Value is { } line && (spacing.LineRule is null || spacing.LineRule.Value == LineSpacingRuleValues.Auto) && ParseInt(line) is { } l
            ? l / 240.0
            : null;

    private static int? ParseInt(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
