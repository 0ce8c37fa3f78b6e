using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;

namespace AlLas.Publishing.Rendering.Docx.Styling;

/// <summary>
/// What a Word file takes from the reference docx: styles, numbering, theme, font table and page
/// setup (the pandoc convention). Styles the reference lacks are added from the built-in sheet, so a
/// designer may delete what they do not care about.
/// </summary>
public sealed class DocxReference
{
    private DocxReference(Styles styles, Numbering numbering, A.Theme? theme, Fonts? fonts, PageSetup page)
    {
        Styles = styles;
        Numbering = numbering;
        Theme = theme;
        Fonts = fonts;
        Page = page;
    }

    public Styles Styles { get; }
    public Numbering Numbering { get; }
    public A.Theme? Theme { get; }
    public Fonts? Fonts { get; }
    public PageSetup Page { get; }

    /// <summary>The numbering instance of chapter headings, read from the heading 1 style (0: unnumbered).</summary>
    public int HeadingNumberingId => NumberingIdOf(StyleIds.Heading1);

    /// <summary>The numbering instance of annex headings, read from the annex style (0: unnumbered).</summary>
    public int AnnexNumberingId => NumberingIdOf(StyleIds.AnnexHeading);

    public static DocxReference BuiltIn()
    {
        var page = PageSetup.A4;
        return new DocxReference(DefaultStyles.Create(page), DefaultNumbering.Create(), null, null, page);
    }

    /// <summary>The built-in reference, or the one at <paramref name="path"/> when given and present.</summary>
    public static DocxReference Resolve(string? path) =>
        path is not null && File.Exists(path) ? Load(path) : BuiltIn();

    public static DocxReference Load(string path)
    {
        try
        {
            using var doc = WordprocessingDocument.Open(path, false);
            var main = doc.MainDocumentPart ?? throw new InvalidDataException("sin parte principal");
            var sectPr = main.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
            var page = sectPr is null ? PageSetup.A4 : PageSetup.From(sectPr);
            var styles = (Styles?)main.StyleDefinitionsPart?.Styles?.CloneNode(true) ?? DefaultStyles.Create(page);
            var numbering = (Numbering?)main.NumberingDefinitionsPart?.Numbering?.CloneNode(true) ?? new Numbering();
            NormalizeStyleIds(styles, numbering);
            AddMissingStyles(styles, page);
            if (!numbering.HasChildren && styles.Elements<Style>().Any(s => s.StyleId?.Value == StyleIds.Heading1))
            {
                // A reference without numbering: the built-in lists keep the ids the styles point to.
                numbering = DefaultNumbering.Create();
            }
            return new DocxReference(
                styles,
                numbering,
                (A.Theme?)main.ThemePart?.Theme?.CloneNode(true),
                (Fonts?)main.FontTablePart?.Fonts?.CloneNode(true),
                page);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or System.Xml.XmlException)
        {
            throw new SourceException(path, "AL0303", $"el documento de referencia no se puede leer: {e.Message}", e);
        }
    }

    private int NumberingIdOf(string styleId)
    {
        var style = Styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
        return style?.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value ?? 0;
    }

    /// <summary>
    /// Word in Spanish names new built-in styles with localized ids ("Ttulo1" for heading 1); the
    /// writer refers to styles by the ids of the built-in sheet, so styles are matched by name.
    /// </summary>
    private static void NormalizeStyleIds(Styles styles, Numbering numbering)
    {
        var canonical = DefaultStyles.Create(PageSetup.A4).Elements<Style>()
            .ToDictionary(s => s.StyleName!.Val!.Value!.ToLowerInvariant(), s => s.StyleId!.Value!);
        var existing = styles.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet();
        var renames = new Dictionary<string, string>();
        foreach (var style in styles.Elements<Style>())
        {
            var name = style.StyleName?.Val?.Value?.ToLowerInvariant();
            var id = style.StyleId?.Value;
            if (name is null || id is null || !canonical.TryGetValue(name, out var wanted) || wanted == id) continue;
            if (existing.Contains(wanted)) continue;
            renames[id] = wanted;
            existing.Add(wanted);
        }
        if (renames.Count == 0) return;
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id && renames.TryGetValue(id, out var to)) style.StyleId = to;
        }
        foreach (var value in styles.Descendants<String253Type>().Concat(numbering.Descendants<String253Type>()))
        {
            if (value is BasedOn or NextParagraphStyle or LinkedStyle or ParagraphStyleIdInLevel or RunStyle
                && value.Val?.Value is { } v && renames.TryGetValue(v, out var to))
            {
                value.Val = to;
            }
        }
        foreach (var value in styles.Descendants<ParagraphStyleId>())
        {
            if (value.Val?.Value is { } v && renames.TryGetValue(v, out var to)) value.Val = to;
        }
    }

    private static void AddMissingStyles(Styles styles, PageSetup page)
    {
        var ids = styles.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet();
        foreach (var style in DefaultStyles.Create(page).Elements<Style>())
        {
            if (ids.Contains(style.StyleId!.Value!)) continue;
            // Added styles must not claim to be the default of their type next to the reference's own.
            if (styles.Elements<Style>().Any(s => s.Type?.Value == style.Type?.Value && s.Default?.Value == true)) style.Default = null;
            styles.Append(style.CloneNode(true));
        }
    }
}
