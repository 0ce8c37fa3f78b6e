using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Styling;

/// <summary>
/// The built-in style sheet, used when templates/reference.docx is absent and written by
/// `allas reference-docx` so that a designer can restyle it in Word. Every style names Spanish as
/// its language, so spelling and hyphenation follow Spanish whatever the reader's Word is set to.
/// </summary>
public static class DefaultStyles
{
    public const string Language = "es-ES";
    private const string BodyFont = "Calibri";
    private const string MonoFont = "Courier New";
    private const string Accent = "1F4E79";

    /// <summary>
    /// Word's names of the built-in styles, by id: a reference saved by Word in another language keeps the
    /// names and may change the ids, so styles are matched by these names (see <see cref="DocxReference"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [StyleIds.Normal] = "Normal",
        [StyleIds.DefaultParagraphFont] = "Default Paragraph Font",
        [StyleIds.Title] = "Title",
        [StyleIds.Subtitle] = "Subtitle",
        [StyleIds.CoverText] = "Datos de portada",
        [StyleIds.Heading1] = "heading 1",
        [StyleIds.Heading2] = "heading 2",
        [StyleIds.Heading3] = "heading 3",
        [StyleIds.Heading4] = "heading 4",
        [StyleIds.BodyText] = "Body Text",
        [StyleIds.BlockText] = "Block Text",
        [StyleIds.ListParagraph] = "List Paragraph",
        [StyleIds.SourceCode] = "Código",
        [StyleIds.Figure] = "Figura",
        [StyleIds.Caption] = "caption",
        [StyleIds.TableText] = "Texto de tabla",
        [StyleIds.FootnoteText] = "footnote text",
        [StyleIds.Bibliography] = "Bibliography",
        [StyleIds.Disclaimer] = "Aviso UE",
        [StyleIds.SmallPrint] = "Letra menuda",
        [StyleIds.Toc1] = "toc 1",
        [StyleIds.Toc2] = "toc 2",
        [StyleIds.Toc3] = "toc 3",
        [StyleIds.Header] = "header",
        [StyleIds.Footer] = "footer",
        [StyleIds.FootnoteReference] = "footnote reference",
        [StyleIds.Hyperlink] = "Hyperlink",
        [StyleIds.Pending] = "Pendiente",
        [StyleIds.VerbatimChar] = "Código en línea",
        [StyleIds.AnnexHeading] = "Anexo",
        [StyleIds.TocHeading] = "TOC Heading",
        [StyleIds.TableNormal] = "Normal Table",
        [StyleIds.NoList] = "No List",
        [StyleIds.Table] = "Tabla AL-LAs",
    };

    public static Styles Create(PageSetup page)
    {
        var textWidth = page.TextWidth(landscape: false);
        var styles = new Styles(DocDefaults());

        styles.Append(
            Paragraph(StyleIds.Normal, basedOn: null, isDefault: true,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 120, line: 264) },
                Run()),
            Character(StyleIds.DefaultParagraphFont, isDefault: true, Run(), uiPriority: 1, semiHidden: true),
            TableNormalStyle(),
            NoListStyle(),

            Paragraph(StyleIds.Title, StyleIds.Normal, false,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 2400, after: 360, line: 240), Justification = Justify(JustificationValues.Left) },
                Run(size: 56, bold: true, color: Accent)),
            Paragraph(StyleIds.Subtitle, StyleIds.Normal, false,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 480) },
                Run(size: 32, color: "404040")),
            Paragraph(StyleIds.CoverText, StyleIds.Normal, false,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 60) },
                Run(size: 24, color: "404040")),

            Heading(StyleIds.Heading1, 1, size: 32, before: 0, after: 360, pageBreakBefore: true),
            Heading(StyleIds.Heading2, 2, size: 28, before: 360, after: 120),
            Heading(StyleIds.Heading3, 3, size: 24, before: 240, after: 120),
            Heading(StyleIds.Heading4, 4, size: 22, before: 240, after: 80, italic: true),
            AnnexHeadingStyle(),

            Paragraph(StyleIds.BodyText, StyleIds.Normal, false,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 160, line: 276), Justification = Justify(JustificationValues.Both) },
                Run()),
            Paragraph(StyleIds.BlockText, StyleIds.BodyText, false,
                new StyleParagraphProperties
                {
                    Indentation = new Indentation { Left = "567", Right = "567" },
                    ParagraphBorders = new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 12, Space = 8, Color = Accent }),
                },
                Run(color: "404040")),
            Paragraph(StyleIds.ListParagraph, StyleIds.BodyText, false,
                new StyleParagraphProperties { Indentation = new Indentation { Left = "720" }, SpacingBetweenLines = Spacing(after: 60, line: 276) },
                Run()),
            Paragraph(StyleIds.SourceCode, StyleIds.Normal, false,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 0, line: 240), Justification = Justify(JustificationValues.Left) },
                Run(size: 18, font: MonoFont)),
            Paragraph(StyleIds.Figure, StyleIds.Normal, false,
                new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(before: 120, after: 60), Justification = Justify(JustificationValues.Center) },
                Run()),
            Paragraph(StyleIds.Caption, StyleIds.Normal, false,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 200, line: 240) },
                Run(size: 20, bold: true, color: Accent)),
            Paragraph(StyleIds.TableText, StyleIds.Normal, false,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 20, after: 20, line: 240) },
                Run(size: 20)),
            Paragraph(StyleIds.FootnoteText, StyleIds.Normal, false,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(after: 0, line: 240) },
                Run(size: 18)),
            Paragraph(StyleIds.Bibliography, StyleIds.BodyText, false,
                new StyleParagraphProperties { Indentation = new Indentation { Left = "567", Hanging = "567" }, Justification = Justify(JustificationValues.Left) },
                Run()),
            Paragraph(StyleIds.Disclaimer, StyleIds.BodyText, false,
                new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 6, Space = 6, Color = Accent },
                        new LeftBorder { Val = BorderValues.Single, Size = 6, Space = 6, Color = Accent },
                        new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 6, Color = Accent },
                        new RightBorder { Val = BorderValues.Single, Size = 6, Space = 6, Color = Accent }),
                    Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" },
                    SpacingBetweenLines = Spacing(before: 480, after: 120, line: 264),
                    Indentation = new Indentation { Left = "170", Right = "170" },
                },
                Run(size: 20)),
            Paragraph(StyleIds.SmallPrint, StyleIds.Normal, false,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 240, after: 0, line: 240) },
                Run(size: 16, color: "595959")),
            TocHeadingStyle(),
            Toc(StyleIds.Toc1, 0, 567, textWidth, bold: true, before: 120),
            Toc(StyleIds.Toc2, 220, 680, textWidth, bold: false, before: 0),
            Toc(StyleIds.Toc3, 440, 850, textWidth, bold: false, before: 0),
            HeaderFooter(StyleIds.Header, textWidth),
            HeaderFooter(StyleIds.Footer, textWidth),

            Character(StyleIds.FootnoteReference, false, Run(superscript: true), uiPriority: 99, semiHidden: false),
            Character(StyleIds.Hyperlink, false, Run(color: "0563C1", underline: true), uiPriority: 99, semiHidden: false),
            Character(StyleIds.Pending, false, Run(highlight: "FFFF00", bold: true), uiPriority: 1, semiHidden: false),
            Character(StyleIds.VerbatimChar, false, Run(size: 20, font: MonoFont), uiPriority: 1, semiHidden: false),

            TableStyle());
        return styles;
    }

    private static DocDefaults DocDefaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, EastAsia = BodyFont, ComplexScript = BodyFont },
            FontSize = new FontSize { Val = "22" },
            FontSizeComplexScript = new FontSizeComplexScript { Val = "22" },
            Languages = Lang(),
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
        {
            // No paragraph leaves one line alone at the foot or the head of a page.
            WidowControl = new WidowControl(),
            SpacingBetweenLines = Spacing(after: 120, line: 264),
        }));

    private static Languages Lang() => new() { Val = Language, EastAsia = Language, Bidi = "ar-SA" };

    private static SpacingBetweenLines Spacing(int? before = null, int? after = null, int? line = null)
    {
        var s = new SpacingBetweenLines();
        if (before is { } b) s.Before = b.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (after is { } a) s.After = a.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (line is { } l)
        {
            s.Line = l.ToString(System.Globalization.CultureInfo.InvariantCulture);
            s.LineRule = LineSpacingRuleValues.Auto;
        }
        return s;
    }

    private static Justification Justify(JustificationValues value) => new() { Val = value };

    private static StyleRunProperties Run(
        int? size = null, bool bold = false, bool italic = false, string? color = null, string? font = null,
        bool superscript = false, bool underline = false, string? highlight = null)
    {
        var r = new StyleRunProperties();
        if (font is not null) r.RunFonts = new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font };
        if (bold) { r.Bold = new Bold(); r.BoldComplexScript = new BoldComplexScript(); }
        if (italic) { r.Italic = new Italic(); r.ItalicComplexScript = new ItalicComplexScript(); }
        if (color is not null) r.Color = new Color { Val = color };
        if (size is { } s)
        {
            r.FontSize = new FontSize { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            r.FontSizeComplexScript = new FontSizeComplexScript { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
        // Styles cannot carry w:highlight; shading gives the same marker-pen look.
        if (highlight is { } h) r.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = h };
        if (underline) r.Underline = new Underline { Val = UnderlineValues.Single };
        if (superscript) r.VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript };
        r.Languages = Lang();
        return r;
    }

    private static Style Paragraph(string id, string? basedOn, bool isDefault, StyleParagraphProperties pPr, StyleRunProperties rPr)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.StyleName = new StyleName { Val = Names[id] };
        if (basedOn is not null) style.BasedOn = new BasedOn { Val = basedOn };
        if (id == StyleIds.BodyText) style.NextParagraphStyle = new NextParagraphStyle { Val = StyleIds.BodyText };
        style.UIPriority = new UIPriority { Val = isDefault ? 0 : 9 };
        style.PrimaryStyle = new PrimaryStyle();
        style.StyleParagraphProperties = pPr;
        style.StyleRunProperties = rPr;
        return style;
    }

    private static Style Character(string id, bool isDefault, StyleRunProperties rPr, int uiPriority, bool semiHidden)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id };
        if (isDefault) style.Default = true;
        style.StyleName = new StyleName { Val = Names[id] };
        style.UIPriority = new UIPriority { Val = uiPriority };
        if (semiHidden)
        {
            style.SemiHidden = new SemiHidden();
            style.UnhideWhenUsed = new UnhideWhenUsed();
        }
        style.StyleRunProperties = rPr;
        return style;
    }

    private static Style Heading(string id, int level, int size, int before, int after, bool pageBreakBefore = false, bool italic = false)
    {
        var pPr = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            // A title reads whole: never a hyphen in a heading.
            SuppressAutoHyphens = new SuppressAutoHyphens(),
            NumberingProperties = new NumberingProperties
            {
                NumberingLevelReference = level == 1 ? null : new NumberingLevelReference { Val = level - 1 },
                NumberingId = new NumberingId { Val = DefaultNumbering.HeadingNumberingId },
            },
            SpacingBetweenLines = Spacing(before: before, after: after, line: 240),
            Justification = Justify(JustificationValues.Left),
            OutlineLevel = new OutlineLevel { Val = level - 1 },
        };
        if (pageBreakBefore) pPr.PageBreakBefore = new PageBreakBefore();
        var style = Paragraph(id, StyleIds.Normal, false, pPr, Run(size: size, bold: true, italic: italic, color: Accent));
        style.NextParagraphStyle = new NextParagraphStyle { Val = StyleIds.BodyText };
        return style;
    }

    private static Style AnnexHeadingStyle()
    {
        var pPr = new StyleParagraphProperties
        {
            NumberingProperties = new NumberingProperties { NumberingId = new NumberingId { Val = DefaultNumbering.AnnexNumberingId } },
            OutlineLevel = new OutlineLevel { Val = 0 },
        };
        var style = Paragraph(StyleIds.AnnexHeading, StyleIds.Heading1, false, pPr, Run());
        style.NextParagraphStyle = new NextParagraphStyle { Val = StyleIds.BodyText };
        return style;
    }

    private static Style TocHeadingStyle()
    {
        // Based on heading 1 for its look, but outside the outline so the TOC never lists itself.
        var pPr = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            NumberingProperties = new NumberingProperties { NumberingId = new NumberingId { Val = 0 } },
            SpacingBetweenLines = Spacing(before: 0, after: 240),
            OutlineLevel = new OutlineLevel { Val = 9 },
        };
        var style = Paragraph(StyleIds.TocHeading, StyleIds.Heading1, false, pPr, Run());
        style.NextParagraphStyle = new NextParagraphStyle { Val = StyleIds.BodyText };
        return style;
    }

    /// <summary>
    /// A contents level: its number in a column wide enough for the level's longest ("4.2.1"), the
    /// title after a tab at the column's end, so that titles of one level start at one line.
    /// </summary>
    private static Style Toc(string id, int indent, int numberWidth, int textWidth, bool bold, int before)
    {
        var pPr = new StyleParagraphProperties
        {
            Tabs = new Tabs(
                new TabStop { Val = TabStopValues.Left, Position = indent + numberWidth },
                new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = textWidth }),
            SuppressAutoHyphens = new SuppressAutoHyphens(),
            SpacingBetweenLines = Spacing(before: before, after: 60, line: 240),
            Indentation = new Indentation
            {
                Left = (indent + numberWidth).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Hanging = numberWidth.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        var style = Paragraph(id, StyleIds.Normal, false, pPr, Run(bold: bold));
        style.NextParagraphStyle = new NextParagraphStyle { Val = StyleIds.BodyText };
        style.UIPriority = new UIPriority { Val = 39 };
        return style;
    }

    private static Style HeaderFooter(string id, int textWidth)
    {
        // Only a right tab: readers that take the footer's absolute tab for a plain one then still
        // put the page number at the right edge.
        var pPr = new StyleParagraphProperties
        {
            Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = textWidth }),
            SpacingBetweenLines = Spacing(after: 0, line: 240),
        };
        var style = Paragraph(id, StyleIds.Normal, false, pPr, Run(size: 18, color: "595959"));
        style.UIPriority = new UIPriority { Val = 99 };
        return style;
    }

    private static Style TableNormalStyle()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = StyleIds.TableNormal, Default = true };
        style.StyleName = new StyleName { Val = Names[StyleIds.TableNormal] };
        style.UIPriority = new UIPriority { Val = 99 };
        style.SemiHidden = new SemiHidden();
        style.UnhideWhenUsed = new UnhideWhenUsed();
        style.StyleTableProperties = new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa }));
        return style;
    }

    private static Style NoListStyle()
    {
        var style = new Style { Type = StyleValues.Numbering, StyleId = StyleIds.NoList, Default = true };
        style.StyleName = new StyleName { Val = Names[StyleIds.NoList] };
        style.UIPriority = new UIPriority { Val = 99 };
        style.SemiHidden = new SemiHidden();
        style.UnhideWhenUsed = new UnhideWhenUsed();
        return style;
    }

    private static Style TableStyle()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = StyleIds.Table };
        style.StyleName = new StyleName { Val = Names[StyleIds.Table] };
        style.BasedOn = new BasedOn { Val = StyleIds.TableNormal };
        style.UIPriority = new UIPriority { Val = 59 };
        style.PrimaryStyle = new PrimaryStyle();
        style.StyleParagraphProperties = new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 20, after: 20, line: 240) };
        style.StyleRunProperties = Run(size: 20);
        style.StyleTableProperties = new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 8, Space = 0, Color = Accent },
                new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 0, Color = Accent },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "BFBFBF" }),
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa }));
        var header = new TableStyleProperties { Type = TableStyleOverrideValues.FirstRow };
        header.Append(
            new RunPropertiesBaseStyle { Bold = new Bold(), BoldComplexScript = new BoldComplexScript(), Color = new Color { Val = "FFFFFF" } },
            new TableStyleConditionalFormattingTableRowProperties(new TableHeader()),
            new TableStyleConditionalFormattingTableCellProperties(
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Accent }));
        style.Append(header);
        return style;
    }
}
