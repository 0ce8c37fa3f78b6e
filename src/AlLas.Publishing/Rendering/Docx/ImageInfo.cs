using System.Buffers.Binary;

namespace AlLas.Publishing.Rendering.Docx;

public enum ImageFormat { Png, Jpeg }

/// <summary>
/// Pixel size and resolution read from a PNG or JPEG header, enough to place the image at its natural
/// size without decoding it. Files that say nothing of their resolution count as 96 dpi, as Word does.
/// </summary>
public sealed record ImageInfo(ImageFormat Format, int PixelWidth, int PixelHeight, double DpiX, double DpiY)
{
    public const double DefaultDpi = 96;
    private const long EmuPerInch = 914400;

    public long WidthEmu => (long)Math.Round(PixelWidth / DpiX * EmuPerInch);
    public long HeightEmu => (long)Math.Round(PixelHeight / DpiY * EmuPerInch);

    public string ContentType => Format == ImageFormat.Png ? "image/png" : "image/jpeg";

    /// <summary>Null when the bytes are neither a PNG nor a JPEG with a frame header.</summary>
    public static ImageInfo? Read(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 24 && data[..8].SequenceEqual(PngSignature)) return ReadPng(data);
        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8) return ReadJpeg(data);
        return null;
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ImageInfo? ReadPng(ReadOnlySpan<byte> data)
    {
        int? width = null, height = null;
        double dpiX = DefaultDpi, dpiY = DefaultDpi;
        var pos = 8;
        while (pos + 8 <= data.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(data[pos..]);
            var type = System.Text.Encoding.ASCII.GetString(data.Slice(pos + 4, 4));
            var body = pos + 8;
            if (length < 0 || body + length > data.Length) break;
            if (type == "IHDR" && length >= 8)
            {
                width = (int)BinaryPrimitives.ReadUInt32BigEndian(data[body..]);
                height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[(body + 4)..]);
            }
            else if (type == "pHYs" && length >= 9 && data[body + 8] == 1)
            {
                // Unit 1 is the metre.
                var x = BinaryPrimitives.ReadUInt32BigEndian(data[body..]);
                var y = BinaryPrimitives.ReadUInt32BigEndian(data[(body + 4)..]);
                if (x > 0 && y > 0) { dpiX = x * 0.0254; dpiY = y * 0.0254; }
            }
            else if (type is "IDAT" or "IEND") break;
            pos = body + length + 4;
        }
        return width is > 0 && height is > 0 ? new ImageInfo(ImageFormat.Png, width.Value, height.Value, dpiX, dpiY) : null;
    }

    private static ImageInfo? ReadJpeg(ReadOnlySpan<byte> data)
    {
        double dpiX = DefaultDpi, dpiY = DefaultDpi;
        var pos = 2;
        while (pos + 4 <= data.Length)
        {
            if (data[pos] != 0xFF) return null;
            var marker = data[pos + 1];
            if (marker == 0xFF) { pos++; continue; }
            if (marker is 0xD8 or 0x01 || marker is >= 0xD0 and <= 0xD7) { pos += 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 2)..]);
            var body = pos + 4;
            if (length < 2 || pos + 2 + length > data.Length) return null;
            if (marker == 0xE0 && length >= 16 && data.Slice(body, 5).SequenceEqual("JFIF\0"u8))
            {
                var units = data[body + 7];
                var x = BinaryPrimitives.ReadUInt16BigEndian(data[(body + 8)..]);
                var y = BinaryPrimitives.ReadUInt16BigEndian(data[(body + 10)..]);
                if (x > 0 && y > 0 && units is 1 or 2)
                {
                    var factor = units == 2 ? 2.54 : 1.0;
                    dpiX = x * factor;
                    dpiY = y * factor;
                }
            }
            // Start-of-frame markers (baseline, progressive, ...), not DHT (C4), JPG (C8) or DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC && length >= 7)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(body + 1)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(body + 3)..]);
                return width > 0 && height > 0 ? new ImageInfo(ImageFormat.Jpeg, width, height, dpiX, dpiY) : null;
            }
            pos += 2 + length;
        }
        return null;
    }
}
