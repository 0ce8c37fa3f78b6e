using System.Globalization;

namespace AlLas.Publishing.Review;

/// <summary>
/// Recognises WordprocessingML elements by qualified name: a reviewer's mark counts wherever a
/// producer put it, inside the text boxes of a Strict file as much as in the body.
/// Strict documents use other namespace URIs; both are accepted.
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

    public static bool IsW(this WordElement e) => e.NamespaceUri is W or WStrict;

    public static bool IsW(this WordElement e, string localName) => e.LocalName == localName && e.IsW();

    /// <summary>The copy of a text box or drawing kept for readers that lack the Choice's features; reading it too would count everything twice.</summary>
    public static bool IsFallback(this WordElement e) => e.LocalName == "Fallback" && e.NamespaceUri == Mc;

    public static WordElement? ChildW(this WordElement e, string localName)
    {
        foreach (var child in e.ChildElements)
            if (child.IsW(localName)) return child;
        return null;
    }

    public static string? Attr(this WordElement e, string localName, params string[] namespaces)
    {
        if (!WordElement.ReadAttributes.Contains(localName))
            throw new InvalidOperationException($"el lector no conserva el atributo '{localName}': añádalo a WordElement.ReadAttributes");
        foreach (var (name, namespaceUri, value) in e.Attributes)
            if (name == localName && (namespaces.Length == 0 ? namespaceUri is W or WStrict : namespaces.Contains(namespaceUri)))
                return value;
        return null;
    }

    public static string? WAttr(this WordElement e, string localName) => e.Attr(localName, W, WStrict);

    /// <summary>
    /// Word writes local time marked as UTC, LibreOffice sometimes no zone at all: a date without a
    /// zone is read as UTC, which is what Word would show.
    /// </summary>
    public static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    /// <summary>On/off properties (w:b, w:i, w15:done): present means on, unless its value says otherwise.</summary>
    public static bool IsOn(string? value) => value is null or "1" or "true" or "on";
}
