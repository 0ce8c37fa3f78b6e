using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace AlLas.Publishing.Rendering.Docx.Styling;

/// <summary>
/// One part of the reference docx as its XML: copied into a build as it is, read with LINQ to XML
/// where the writer needs to know what it holds.
/// </summary>
internal sealed class ReferencePart
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly byte[] bytes;
    private XDocument? document;

    private ReferencePart(byte[] bytes) => this.bytes = bytes;

    /// <summary>
    /// The part's XML, or null without the part. A part in another namespace than its transitional
    /// one (a file saved as Strict Open XML) goes through the SDK, which translates it on loading.
    /// </summary>
    public static ReferencePart? From(OpenXmlPart? part)
    {
        if (part is null) return null;
        using var copy = new MemoryStream();
        using (var stream = part.GetStream(FileMode.Open, FileAccess.Read)) stream.CopyTo(copy);
        var raw = new ReferencePart(copy.ToArray());
        var expected = part is ThemePart ? "http://schemas.openxmlformats.org/drawingml/2006/main" : W.NamespaceName;
        return raw.Read().Root?.Name.NamespaceName == expected ? raw : part.RootElement is { } root ? Of(root) : null;
    }

    /// <summary>A part written from typed elements.</summary>
    public static ReferencePart Of(OpenXmlPartRootElement root)
    {
        using var stream = new MemoryStream();
        root.Save(stream);
        return new ReferencePart(stream.ToArray());
    }

    public XDocument Read() => document ??= XDocument.Load(new MemoryStream(bytes), LoadOptions.PreserveWhitespace);

    /// <summary>
    /// The part as typed elements, loaded the way the SDK loads a part of a package (parsing the markup
    /// through an element's constructor would read it as Strict Open XML, w:left becoming w:start).
    /// </summary>
    public TRoot Typed<TPart, TRoot>(Func<MainDocumentPart, TPart> add, Func<TPart, TRoot> root)
        where TPart : OpenXmlPart
        where TRoot : OpenXmlPartRootElement
    {
        using var stream = new MemoryStream();
        using var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var part = add(package.AddMainDocumentPart());
        WriteTo(part);
        return (TRoot)root(part).CloneNode(true);
    }

    public void WriteTo(OpenXmlPart part)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        part.FeedData(stream);
    }
}
