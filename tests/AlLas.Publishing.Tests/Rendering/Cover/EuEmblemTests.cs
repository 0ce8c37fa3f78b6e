using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml.Linq;
using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Rendering.Graphics;

namespace AlLas.Publishing.Tests.Rendering.Cover;

/// <summary>The EU emblem as the EU's graphic rules draw it, checked on what the build writes (SVG and PNG).</summary>
public class EuEmblemTests
{
    [Fact]
    public void The_SVG_is_a_blue_3_by_2_rectangle_with_twelve_upright_gold_stars_on_a_circle_of_a_third_of_the_height()
    {
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(EuEmblem.SvgBytes())).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        var rect = svg.Element(ns + "rect")!;
        double Number(XElement e, string name) => double.Parse((string)e.Attribute(name)!, System.Globalization.CultureInfo.InvariantCulture);
        var (width, height) = (Number(rect, "width"), Number(rect, "height"));
        Assert.Equal(1.5, width / height, 6);
        Assert.Equal("#003399", (string?)rect.Attribute("fill"));

        var stars = svg.Descendants(ns + "polygon").ToList();
        Assert.Equal(12, stars.Count);
        Assert.All(stars, s => Assert.Equal("#FFCC00", (string?)s.Parent!.Attribute("fill")));
        foreach (var star in stars)
        {
            var points = ((string)star.Attribute("points")!).Split(' ')
                .Select(p => p.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
                .Select(v => (X: v[0], Y: v[1])).ToList();
            Assert.Equal(10, points.Count);
            var centre = (X: points.Average(p => p.X), Y: points.Average(p => p.Y));
            // On the circle of radius h/3 around the middle of the rectangle.
            Assert.Equal(height / 3, Math.Sqrt(Math.Pow(centre.X - width / 2, 2) + Math.Pow(centre.Y - height / 2, 2)), 2);
            // Five points at h/18 from the star's centre, the first straight up.
            foreach (var tip in points.Where((_, i) => i % 2 == 0))
                Assert.Equal(height / 18, Math.Sqrt(Math.Pow(tip.X - centre.X, 2) + Math.Pow(tip.Y - centre.Y, 2)), 2);
            Assert.Equal(centre.X, points[0].X, 3);
            Assert.True(points[0].Y < centre.Y);
        }
        // Where the hours stand: one star at twelve o'clock, one at six.
        var centres = stars.Select(s => ((string)s.Attribute("points")!).Split(' ')[0]).ToList();
        Assert.Contains(centres, c => c.StartsWith($"{width / 2},", StringComparison.Ordinal));
    }

    [Fact]
    public void The_PNG_fallback_shows_gold_stars_on_blue_at_its_stated_size()
    {
        var png = EuEmblem.Png(height: 300, dpi: 300);
        var info = ImageInfo.Read(png)!;
        Assert.Equal((450, 300, 300.0), (info.PixelWidth, info.PixelHeight, Math.Round(info.DpiX)));

        var pixels = Decode(png, info.PixelWidth, info.PixelHeight);
        Assert.Equal((0x00, 0x33, 0x99), pixels(225, 150)); // the middle, inside the ring: blue
        Assert.Equal((0x00, 0x33, 0x99), pixels(5, 5));
        Assert.Equal((0xFF, 0xCC, 0x00), pixels(225, 50)); // the star at twelve o'clock (centre 225, 150 - 100)
        Assert.Equal((0xFF, 0xCC, 0x00), pixels(225, 250)); // and at six
        Assert.Equal(png, EuEmblem.Png(height: 300, dpi: 300));
    }

    /// <summary>The colour of a pixel of an 8-bit RGB PNG written without filters, as ours are.</summary>
    private static Func<int, int, (int, int, int)> Decode(byte[] png, int width, int height)
    {
        using var data = new MemoryStream();
        for (var pos = 8; pos < png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos));
            if (System.Text.Encoding.ASCII.GetString(png, pos + 4, 4) == "IDAT") data.Write(png, pos + 8, length);
            pos += 12 + length;
        }
        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.ToArray();
        Assert.Equal(height * (1 + width * 3), raw.Length);
        return (x, y) =>
        {
            var at = y * (1 + width * 3) + 1 + x * 3;
            return (raw[at], raw[at + 1], raw[at + 2]);
        };
    }
}
