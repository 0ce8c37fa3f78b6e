using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace AlLas.Publishing.Rendering.Docx.Package;

/// <summary>
/// Writes the main document part from typed elements, the way the SDK saves a part (UTF-8 without
/// a byte order mark, an XML declaration, every namespace declared on the root), but block by block
/// rather than from one tree of the whole document.
/// </summary>
internal static class DocumentXml
{
    private const string XmlnsUri = "http://www.w3.org/2000/xmlns/";

    public static XmlWriterSettings Settings(bool declaration) => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
        OmitXmlDeclaration = !declaration,
    };

    /// <summary>The start tags of the root (with the namespace declarations it carries) and of the body.</summary>
    public static void WriteStart(XmlWriter xml, OpenXmlElement root, OpenXmlElement body)
    {
        xml.WriteStartElement(root.Prefix, root.LocalName, root.NamespaceUri);
        foreach (var (prefix, uri) in root.NamespaceDeclarations)
            xml.WriteAttributeString("xmlns", prefix, XmlnsUri, uri);
        xml.WriteStartElement(body.Prefix, body.LocalName, body.NamespaceUri);
    }

    /// <summary>
    /// Ends the open start tag (empty raw markup is content to an XmlWriter) and flushes, so that
    /// whatever is written next to the stream itself lands inside the element.
    /// </summary>
    public static void CloseStartTag(XmlWriter xml)
    {
        xml.WriteRaw("");
        xml.Flush();
    }

    /// <summary>
    /// The whole part: the blocks still in <paramref name="body"/>, then those already written to
    /// <paramref name="spill"/>.
    /// </summary>
    public static void Write(Stream stream, OpenXmlElement root, OpenXmlElement body, BodySpill? spill)
    {
        using var xml = XmlWriter.Create(stream, Settings(declaration: true));
        WriteStart(xml, root, body);
        foreach (var block in body.ChildElements) block.WriteTo(xml);
        if (spill is not null)
        {
            CloseStartTag(xml);
            spill.CopyTo(stream);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
