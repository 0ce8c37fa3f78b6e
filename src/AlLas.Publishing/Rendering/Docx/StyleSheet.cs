using System.Globalization;
using System.Xml.Linq;
using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>The few properties of paragraph styles the page estimate needs, through basedOn chains.</summary>
internal sealed class StyleSheet
{
    public sealed record ParagraphLook(int FontHalfPoints, double LineFactor, double Before, double After, double Indent, bool PageBreakBefore);

    private static readonly XNamespace W = ReferencePart.W;

    private readonly Dictionary<string, XElement> byId;
    private readonly Dictionary<string, ParagraphLook> cache = new(StringComparer.Ordinal);
    private readonly ParagraphLook defaults;

    /// <param name="styles">The styles part's XML, as the Word file will carry it.</param>
    public StyleSheet(XDocument styles)
    {
        var root = styles.Root!;
        byId = root.Elements(W + "style").Where(s => Attr(s, "styleId") is not null).GroupBy(s => Attr(s, "styleId")!).ToDictionary(g => g.Key, g => g.First());
        var docDefaults = root.Element(W + "docDefaults");
        var rDefault = docDefaults?.Element(W + "rPrDefault")?.Element(W + "rPr");
        var pDefault = docDefaults?.Element(W + "pPrDefault")?.Element(W + "pPr");
        var spacing = pDefault?.Element(W + "spacing");
        defaults = new ParagraphLook(
            ParseInt(Attr(rDefault?.Element(W + "sz"), "val")) ?? 22,
            LineFactor(spacing) ?? 1.0,
            ParseInt(Attr(spacing, "before")) ?? 0,
            ParseInt(Attr(spacing, "after")) ?? 0,
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
        var parent = Attr(style.Element(W + "basedOn"), "val") is { } b ? Resolve(b, depth + 1) : defaults;
        var pPr = style.Element(W + "pPr");
        var rPr = style.Element(W + "rPr");
        var spacing = pPr?.Element(W + "spacing");
        var pageBreak = pPr?.Element(W + "pageBreakBefore");
        var look = new ParagraphLook(
            ParseInt(Attr(rPr?.Element(W + "sz"), "val")) ?? parent.FontHalfPoints,
            LineFactor(spacing) ?? parent.LineFactor,
            ParseInt(Attr(spacing, "before")) ?? parent.Before,
            ParseInt(Attr(spacing, "after")) ?? parent.After,
            ParseInt(Attr(pPr?.Element(W + "ind"), "left")) ?? parent.Indent,
            pageBreak is not null ? IsOn(Attr(pageBreak, "val")) : parent.PageBreakBefore);
        cache[id] = look;
        return look;
    }

    private static double? LineFactor(XElement? spacing) =>
        Attr(spacing, "line") is { } line && Attr(spacing, "lineRule") is null or "auto" && ParseInt(line) is { } l
            ? l / 240.0
            : null;

    /// <summary>An on/off property: present without a value, or with one of the true spellings.</summary>
    private static bool IsOn(string? value) => value is null or "true" or "1" or "on";

    private static string? Attr(XElement? element, string name) => (string?)element?.Attribute(W + name);

    private static int? ParseInt(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
