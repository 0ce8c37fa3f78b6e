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

    public static IReadOnlyDictionary<string, string> Read(WordprocessingDocument document, string path)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document.CustomFilePropertiesPart is { } customPart && WordElement.Load(customPart, "Properties", Custom) is { } custom)
        {
            foreach (var property in custom.ChildElements.Where(e => e.LocalName == "property" && Custom.Contains(e.NamespaceUri)))
                if (property.Attr("name", "") is { Length: > 0 } name) properties.TryAdd(name, property.InnerText);
        }
        if (LastModifiedBy(document, path) is { Length: > 0 } editor) properties["lastModifiedBy"] = editor;
        if (Application(document) is { Length: > 0 } application) properties["application"] = application;
        return properties;
    }

    /// <summary>
    /// Who saved the file last, from docProps/core.xml. System.IO.Packaging parses that part on first use
    /// and fails on a damaged one with exceptions of its own; the damage is named with the part.
    /// </summary>
    private static string? LastModifiedBy(WordprocessingDocument document, string path)
    {
        try
        {
            return document.PackageProperties.LastModifiedBy;
        }
        catch (Exception e) when (e is ArgumentException or System.Xml.XmlException or InvalidOperationException or FormatException or IOException)
        {
            throw new SourceException($"{path}:docProps/core.xml", "AL0410", $"{Path.GetFileName(path)}: la parte docProps/core.xml (propiedades del documento) está dañada ({e.Message})", e);
        }
    }

    /// <summary>The application docProps/app.xml names, if any.</summary>
    public static string? Application(WordprocessingDocument document)
    {
        if (document.ExtendedFilePropertiesPart is not { } part || WordElement.Load(part, "Properties", Extended) is not { } root) return null;
        return root.ChildElements.FirstOrDefault(e => e.LocalName == "Application" && Extended.Contains(e.NamespaceUri))?.InnerText;
    }
}
