using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Custom = DocumentFormat.OpenXml.CustomProperties;
using Extended = DocumentFormat.OpenXml.ExtendedProperties;
using VT = DocumentFormat.OpenXml.VariantTypes;

namespace AlLas.Publishing.Rendering.Docx.Package;

/// <summary>
/// Core, extended and custom document properties. No date is written: dates from the clock would
/// make two builds of the same sources differ.
/// </summary>
public static class DocxProperties
{
    public const string DocumentIdName = "AlLas.DocumentId";
    public const string ReleaseName = "AlLas.Release";
    public const string SourceCommitName = "AlLas.SourceCommit";

    // The format id Word uses for user-defined properties.
    private const string UserDefinedFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";

    public static void Add(WordprocessingDocument doc, string title, string? subject, string language, DocxOptions options)
    {
        // The SDK has no typed classes for core.xml; System.IO.Packaging's own PackageProperties
        // would name the part after a fresh GUID. LINQ to XML keeps the part name and content fixed.
        var core = doc.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        var xml = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
            new XElement(Dc + "title", title));
        if (!string.IsNullOrEmpty(subject)) xml.Add(new XElement(Dc + "subject", subject));
        if (!string.IsNullOrEmpty(options.Author)) xml.Add(new XElement(Dc + "creator", options.Author));
        xml.Add(new XElement(Dc + "language", language));
        using (var stream = core.GetStream(FileMode.Create, FileAccess.Write))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", "yes"), xml).Save(stream, SaveOptions.DisableFormatting);
        }

        var app = doc.AddNewPart<ExtendedFilePropertiesPart>("rIdApp");
        app.Properties = new Extended.Properties(
            new Extended.Application("AlLas.Publishing"),
            new Extended.DocumentSecurity("0"));

        var custom = doc.AddNewPart<CustomFilePropertiesPart>("rIdCustom");
        var properties = new Custom.Properties();
        var pid = 2;
        foreach (var (name, value) in new[]
                 {
                     (DocumentIdName, options.DocumentId),
                     (ReleaseName, options.ReleaseLabel),
                     (SourceCommitName, options.SourceCommit),
                 })
        {
            if (string.IsNullOrEmpty(value)) continue;
            properties.Append(new Custom.CustomDocumentProperty(new VT.VTLPWSTR(value))
            {
                FormatId = UserDefinedFormatId,
                PropertyId = pid++,
                Name = name,
            });
        }
        custom.Properties = properties;
    }

    /// <summary>A custom property of a docx, or null; for readers of returned files.</summary>
    public static string? Read(WordprocessingDocument doc, string name) =>
        doc.CustomFilePropertiesPart?.Properties?.Elements<Custom.CustomDocumentProperty>()
            .FirstOrDefault(p => p.Name?.Value == name)?.InnerText;
}
