using DocumentFormat.OpenXml.Packaging;

namespace AlLas.Publishing.Review;

/// <summary>
/// The properties a returned file may still carry: custom ones (the release stamp our drafts hold,
/// which LibreOffice and Google Docs may drop), the last editor and the producing application.
/// </summary>
internal static class DocxFileProperties
{
    public static IReadOnlyDictionary<string, string> Read(WordprocessingDocument document)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var custom = document.CustomFilePropertiesPart?.Properties;
        if (custom is not null)
        {
            foreach (var property in custom.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>())
                if (property.Name?.Value is { Length: > 0 } name) properties.TryAdd(name, property.InnerText);
        }
        if (document.PackageProperties.LastModifiedBy is { Length: > 0 } editor) properties["lastModifiedBy"] = editor;
        if (document.ExtendedFilePropertiesPart?.Properties?.Application?.Text is { Length: > 0 } application) properties["application"] = application;
        return properties;
    }
}
