using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace AlLas.Publishing.Rendering.Docx.Package;

/// <summary>
/// The blocks of document.xml written ahead of the part itself, kept deflated in memory until the
/// package is put together: the table of contents, before them in the part, is only known at the end.
/// The blocks are written inside the same root and body start tags as the part's, so that they come
/// out exactly as they would in place (no namespace declared again on every paragraph).
/// </summary>
internal sealed class BodySpill : IDisposable
{
    private readonly MemoryStream deflated = new();
    private readonly DeflateStream deflate;
    private readonly CountingStream counted;
    private readonly XmlWriter xml;
    private readonly long start;
    private long end = -1;

    public BodySpill(OpenXmlElement root, OpenXmlElement body)
    {
        deflate = new DeflateStream(deflated, CompressionLevel.Fastest, leaveOpen: true);
        counted = new CountingStream(deflate);
        xml = XmlWriter.Create(counted, DocumentXml.Settings(declaration: false));
        DocumentXml.WriteStart(xml, root, body);
        // The comment closes the body's start tag; the blocks start right after it.
        xml.WriteComment("");
        xml.Flush();
        start = counted.Count;
    }

    public void Write(OpenXmlElement block) => block.WriteTo(xml);

    /// <summary>Writes the blocks, as markup already serialized, into <paramref name="target"/> where its body stands.</summary>
    public void CopyTo(XmlWriter target)
    {
        if (end < 0)
        {
            xml.Flush();
            end = counted.Count;
            xml.Dispose();
            deflate.Dispose();
        }
        if (end == start) return;
        deflated.Position = 0;
        using var inflate = new DeflateStream(deflated, CompressionMode.Decompress, leaveOpen: true);
        Skip(inflate, start);
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[bytes.Length + 1];
        var left = end - start;
        while (left > 0)
        {
            var read = inflate.Read(bytes, 0, (int)Math.Min(bytes.Length, left));
            if (read == 0) throw new EndOfStreamException("cuerpo del documento incompleto");
            left -= read;
            var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: left == 0);
            target.WriteRaw(chars, 0, count);
        }
    }

    private static void Skip(Stream stream, long count)
    {
        var buffer = new byte[(int)Math.Min(count, 1 << 16)];
        while (count > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0) throw new EndOfStreamException("cuerpo del documento incompleto");
            count -= read;
        }
    }

    public void Dispose()
    {
        xml.Dispose();
        deflate.Dispose();
        deflated.Dispose();
    }

    /// <summary>Passes writes through, counting the bytes.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Count;
        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            Count += count;
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            Count += buffer.Length;
        }

        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
