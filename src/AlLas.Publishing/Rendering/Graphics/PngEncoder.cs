using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AlLas.Publishing.Rendering.Graphics;

/// <summary>
/// Writes RGB pixels as a PNG with its resolution (pHYs), so that Word places it at the intended size.
/// The same pixels always give the same bytes.
/// </summary>
public static class PngEncoder
{
    private static readonly uint[] CrcTable = MakeCrcTable();

    public static byte[] Encode(int width, int height, IReadOnlyList<Colour> pixels, double dpi)
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8; // bits per channel
        header[9] = 2; // truecolour
        Chunk(output, "IHDR", header);

        Chunk(output, "pHYs", Physical(dpi));

        var raw = new byte[height * (1 + width * 3)];
        var pos = 0;
        for (var y = 0; y < height; y++)
        {
            raw[pos++] = 0; // no filter
            for (var x = 0; x < width; x++)
            {
                var c = pixels[y * width + x];
                raw[pos++] = c.R;
                raw[pos++] = c.G;
                raw[pos++] = c.B;
            }
        }
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(raw);
            Chunk(output, "IDAT", compressed.ToArray());
        }
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>A PNG with its resolution set (a pHYs chunk right after the header, replacing any other).</summary>
    public static byte[] WithResolution(byte[] png, double dpi)
    {
        using var output = new MemoryStream();
        output.Write(png, 0, 8);
        var pos = 8;
        while (pos + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos));
            var type = Encoding.ASCII.GetString(png, pos + 4, 4);
            var end = pos + 12 + length;
            if (type != "pHYs") output.Write(png, pos, end - pos);
            if (type == "IHDR") Chunk(output, "pHYs", Physical(dpi));
            pos = end;
        }
        return output.ToArray();
    }

    private static byte[] Physical(double dpi)
    {
        var physical = new byte[9];
        var perMetre = (uint)Math.Round(dpi / 0.0254);
        BinaryPrimitives.WriteUInt32BigEndian(physical, perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(physical.AsSpan(4), perMetre);
        physical[8] = 1; // the metre
        return physical;
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        output.Write(word);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        output.Write(word);
    }

    private static uint Crc(uint crc, byte[] data)
    {
        foreach (var b in data) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
