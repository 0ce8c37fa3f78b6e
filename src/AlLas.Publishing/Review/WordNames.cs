using System.Globalization;
using DocumentFormat.OpenXml;

namespace AlLas.Publishing.Review;

/// <summary>
/// Recognises WordprocessingML elements by qualified name rather than by SDK type: the SDK leaves
/// whatever it cannot place in its schema as OpenXmlUnknownElement (paragraphs inside the text boxes
/// of a Strict file, for one), and a reviewer's mark there must count all the same.
/// Strict documents use other namespace URIs; the SDK translates most of them, both are accepted.
/// </summary>
internal static class WordNames
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string WStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public const string W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    public const string W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    public const string W16Cid = "http://schemas.microsoft.com/office/word/2016/wordml/cid";
    public const string W16Cex = "http://schemas.microsoft.com/office/word/2018/wordml/cex";
    /// <summary>Word 365 adds the true UTC time of a revision as w16du:dateUtc beside w:date.</summary>
    public const string W16Du = "http://schemas.microsoft.com/office/word/2023/wordml/word16du";
    public const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string RStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    public static bool IsW(this OpenXmlElement e) => e.NamespaceUri is W or WStrict;

    public static bool IsW(this OpenXmlElement e, string localName) => e.LocalName == localName && e.IsW();

    /// <summary>The copy of a text box or drawing kept for readers that lack the Choice's features; reading it too would count everything twice.</summary>
    public static bool IsFallback(this OpenXmlElement e) => e.LocalName == "Fallback" && e.NamespaceUri == Mc;

    public static OpenXmlElement? ChildW(this OpenXmlElement e, string localName) =>
        e.ChildElements.FirstOrDefault(c => c.IsW(localName));

    public static string? Attr(this OpenXmlElement e, string localName, params string[] namespaces)
    {
        foreach (var a in e.GetAttributes())
            if (a.LocalName == localName && (namespaces.Length == 0 ? a.NamespaceUri is W or WStrict : namespaces.Contains(a.NamespaceUri)))
                return a.Value;
        return null;
    }

    public static string? WAttr(this OpenXmlElement e, string localName) => e.Attr(localName, W, WStrict);

    /// <summary>
    /// Word writes local time marked as UTC, LibreOffice sometimes no zone at all: a date without a
    /// zone is read as UTC, which is what Word would show.
    /// </summary>
    public static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    /// <summary>On/off properties (w:b, w:i, w15:done): present means on, unless its value says otherwise.</summary>
    public static bool IsOn(string? value) => value is null or "1" or "true" or "on";
}
