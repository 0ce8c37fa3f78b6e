using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Styling;

/// <summary>
/// What a Word file takes from the reference docx: styles, numbering, theme, font table and page
/// setup (the pandoc convention). Styles the reference lacks are added from the built-in sheet, so a
/// designer may delete what they do not care about.
/// </summary>
/// <remarks>
/// The parts are kept as the reference's own XML and copied into every build as they are. Loading
/// them into the SDK's typed DOM would build the SDK's metadata for every element type they hold,
/// which costs more than writing a 50-page draft; only a reference that needs a change (localized
/// style ids, missing styles) goes through the typed DOM, once.
/// </remarks>
public sealed class DocxReference
{
    private DocxReference(ReferencePart styles, ReferencePart numbering, ReferencePart? theme, ReferencePart? fonts, PageSetup page)
    {
        StylesPart = styles;
        NumberingPart = numbering;
        ThemePart = theme;
        FontsPart = fonts;
        Page = page;
        var sheet = styles.Read();
        Sheet = new StyleSheet(sheet);
        HeadingNumberingId = NumberingIdOf(sheet, StyleIds.Heading1);
        AnnexNumberingId = NumberingIdOf(sheet, StyleIds.AnnexHeading);
    }

    internal ReferencePart StylesPart { get; }
    internal ReferencePart NumberingPart { get; }
    internal ReferencePart? ThemePart { get; }
    internal ReferencePart? FontsPart { get; }

    /// <summary>What the page estimate needs of the paragraph styles.</summary>
    internal StyleSheet Sheet { get; }

    public PageSetup Page { get; }

    /// <summary>A typed copy of the style sheet, for writers of other Word files.</summary>
    public Styles Styles => StylesPart.Typed(main => main.AddNewPart<StyleDefinitionsPart>(), part => part.Styles!);

    /// <summary>A typed copy of the numbering definitions.</summary>
    public Numbering Numbering => NumberingPart.Typed(main => main.AddNewPart<NumberingDefinitionsPart>(), part => part.Numbering!);

    /// <summary>The numbering instance of chapter headings, read from the heading 1 style (0: unnumbered).</summary>
    public int HeadingNumberingId { get; }

    /// <summary>The numbering instance of annex headings, read from the annex style (0: unnumbered).</summary>
    public int AnnexNumberingId { get; }

    public static DocxReference BuiltIn()
    {
        var page = PageSetup.A4;
        return new DocxReference(ReferencePart.Of(DefaultStyles.Create(page)), ReferencePart.Of(DefaultNumbering.Create()), null, null, page);
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
            var sectPr = LastSectionProperties(main);
            var page = sectPr is null ? PageSetup.A4 : PageSetup.From(sectPr);
            var styles = ReferencePart.From(main.StyleDefinitionsPart);
            var numbering = ReferencePart.From(main.NumberingDefinitionsPart);
            if (styles is null || NeedsChange(styles.Read()))
                (styles, numbering) = Completed(main, page);
            if (numbering is null || !numbering.Read().Root!.HasElements)
            {
                // A reference without numbering: the built-in lists keep the ids the styles point to.
                numbering = StyleIdsOf(styles.Read()).Contains(StyleIds.Heading1)
                    ? ReferencePart.Of(DefaultNumbering.Create())
                    : ReferencePart.Of(new Numbering());
            }
            return new DocxReference(styles, numbering, ReferencePart.From(main.ThemePart), ReferencePart.From(main.FontTablePart), page);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or XmlException)
        {
            throw new SourceException(path, "AL0303", $"el documento de referencia no se puede leer: {e.Message}", e);
        }
    }

    /// <summary>The body's own section properties (the last section's page), read without loading the document.</summary>
    private static XElement? LastSectionProperties(MainDocumentPart main)
    {
        using var stream = main.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = true, IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit });
        if (!reader.ReadToFollowing("body", ReferencePart.W.NamespaceName) || reader.IsEmptyElement) return null;
        var depth = reader.Depth + 1;
        XElement? last = null;
        reader.Read();
        while (reader.Depth >= depth && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sectPr" && reader.NamespaceURI == ReferencePart.W.NamespaceName)
            {
                last = (XElement)XNode.ReadFrom(reader);
                continue;
            }
            if (reader.NodeType == XmlNodeType.Element) reader.Skip();
            else reader.Read();
        }
        return last;
    }

    private static HashSet<string> StyleIdsOf(XDocument styles) =>
        styles.Root!.Elements(ReferencePart.W + "style").Select(s => (string?)s.Attribute(ReferencePart.W + "styleId")).OfType<string>().ToHashSet();

    /// <summary>True when the reference lacks a built-in style, or names one with a localized id.</summary>
    private static bool NeedsChange(XDocument styles)
    {
        var ids = StyleIdsOf(styles);
        if (!DefaultStyles.Names.Keys.All(ids.Contains)) return true;
        var canonical = CanonicalIds();
        return styles.Root!.Elements(ReferencePart.W + "style").Any(style =>
            (string?)style.Element(ReferencePart.W + "name")?.Attribute(ReferencePart.W + "val") is { } name
            && (string?)style.Attribute(ReferencePart.W + "styleId") is { } id
            && canonical.TryGetValue(name.ToLowerInvariant(), out var wanted) && wanted != id && !ids.Contains(wanted));
    }

    private static Dictionary<string, string> CanonicalIds() =>
        DefaultStyles.Names.ToDictionary(p => p.Value.ToLowerInvariant(), p => p.Key);

    /// <summary>Renames localized style ids and adds the missing built-in styles, on the typed DOM.</summary>
    private static (ReferencePart Styles, ReferencePart? Numbering) Completed(MainDocumentPart main, PageSetup page)
    {
        var styles = (Styles?)main.StyleDefinitionsPart?.Styles?.CloneNode(true) ?? DefaultStyles.Create(page);
        var numbering = (Numbering?)main.NumberingDefinitionsPart?.Numbering?.CloneNode(true);
        NormalizeStyleIds(styles, numbering ?? new Numbering());
        AddMissingStyles(styles, page);
        return (ReferencePart.Of(styles), numbering is null ? null : ReferencePart.Of(numbering));
    }

    private static int NumberingIdOf(XDocument styles, string styleId)
    {
        var w = ReferencePart.W;
        var style = styles.Root!.Elements(w + "style").FirstOrDefault(s => (string?)s.Attribute(w + "styleId") == styleId);
        var value = (string?)style?.Element(w + "pPr")?.Element(w + "numPr")?.Element(w + "numId")?.Attribute(w + "val");
        return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0;
    }

    /// <summary>
    /// Word in Spanish names new built-in styles with localized ids ("Ttulo1" for heading 1); the
    /// writer refers to styles by the ids of the built-in sheet, so styles are matched by name.
    /// </summary>
    private static void NormalizeStyleIds(Styles styles, Numbering numbering)
    {
        var canonical = CanonicalIds();
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
        if (DefaultStyles.Names.Keys.All(ids.Contains)) return;
        foreach (var style in DefaultStyles.Create(page).Elements<Style>())
        {
            if (ids.Contains(style.StyleId!.Value!)) continue;
            // Added styles must not claim to be the default of their type next to the reference's own.
            if (styles.Elements<Style>().Any(s => s.Type?.Value == style.Type?.Value && s.Default?.Value == true)) style.Default = null;
            styles.Append(style.CloneNode(true));
        }
    }
}
