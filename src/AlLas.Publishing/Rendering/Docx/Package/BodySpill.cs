using System.Xml;
using DocumentFormat.OpenXml;

namespace AlLas.Publishing.Rendering.Docx.Package;

/// <summary>
/// The blocks of document.xml written ahead of the part itself, kept in a scratch file until the
/// package is put together: the table of contents, before them in the part, is only known at the end.
/// The blocks are written inside the same root and body start tags as the part's, by a writer with
/// the same settings, so that their bytes are exactly those they would have in place (no namespace
/// declared again on every paragraph) and can be copied into the part as they are.
/// </summary>
internal sealed class BodySpill : IDisposable
{
    private readonly Stream file;
    private readonly XmlWriter xml;
    private readonly long start;

    public BodySpill(OpenXmlElement root, OpenXmlElement body)
    {
        file = Scratch();
        xml = XmlWriter.Create(file, DocumentXml.Settings(declaration: false));
        DocumentXml.WriteStart(xml, root, body);
        DocumentXml.CloseStartTag(xml);
        start = file.Position;
    }

    public void Write(OpenXmlElement block) => block.WriteTo(xml);

    /// <summary>A file in the system's temporary folder, or memory where none can be made.</summary>
    private static Stream Scratch()
    {
        var path = Path.Combine(Path.GetTempPath(), "allas-" + Path.GetRandomFileName());
        try
        {
            // No buffer of its own: the XML writer writes in blocks already.
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, bufferSize: 0, FileOptions.DeleteOnClose);
            // Unlinked at once where the system allows it, so that not even a killed build leaves it behind.
            try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new MemoryStream();
        }
    }

    /// <summary>Copies the blocks' bytes into <paramref name="target"/>, where the part's body is open.</summary>
    public void CopyTo(Stream target)
    {
        xml.Flush();
        var end = file.Position;
        file.Position = start;
        var buffer = new byte[1 << 16];
        for (var left = end - start; left > 0;)
        {
            var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0) throw new EndOfStreamException("cuerpo del documento incompleto");
            target.Write(buffer, 0, read);
            left -= read;
        }
        file.Position = end;
    }

    public void Dispose()
    {
        xml.Dispose();
        file.Dispose();
    }
}
