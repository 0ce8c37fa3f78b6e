using DocumentFormat.OpenXml.Packaging;

namespace AlLas.Publishing.Review;

/// <summary>
/// The properties a returned file may still carry: custom ones (the release stamp our drafts hold,
/// which LibreOffice and Google Docs may drop), the last editor and the producing application.
/// </summary>
internal static class DocxFileProperties
{
    private static readonly string[] Custom =
        ["http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", "http://purl.oclc.org/ooxml/officeDocument/customProperties"];

    private static readonly string[] Extended =
        ["http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"];

    public static IReadOnlyDictionary<string, string> Read(WordprocessingDocument document)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document.CustomFilePropertiesPart is { } customPart && WordElement.Load(customPart, "Properties", Custom) is { } custom)
        {
            foreach (var property in custom.ChildElements.Where(e => e.LocalName == "property" && Custom.Contains(e.NamespaceUri)))
                if (property.Attr("name", "") is { Length: > 0 } name) properties.TryAdd(name, property.InnerText);
        }
        if (document.PackageProperties.LastModifiedBy is { Length: > 0 } editor) properties["lastModifiedBy"] = editor;
        if (Application(document) is { Length: > 0 } application) properties["application"] = application;
        return properties;
    }

    /// <summary>The application docProps/app.xml names, if any.</summary>
    public static string? Application(WordprocessingDocument document)
    {
        if (document.ExtendedFilePropertiesPart is not { } part || WordElement.Load(part, "Properties", Extended) is not { } root) return null;
        return root.ChildElements.FirstOrDefault(e => e.LocalName == "Application" && Extended.Contains(e.NamespaceUri))?.InnerText;
    }
}
