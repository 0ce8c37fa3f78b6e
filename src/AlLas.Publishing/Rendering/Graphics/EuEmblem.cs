using System.Globalization;
using System.Xml.Linq;

namespace AlLas.Publishing.Rendering.Graphics;

/// <summary>
/// The emblem of the European Union, drawn from its official geometry: a blue rectangle of ratio 3:2;
/// twelve gold five-pointed stars, one point up, on a circle whose radius is a third of the height,
/// centred in the rectangle, each star's points on a circle of radius one eighteenth of the height,
/// standing where the hours stand on a clock face. Colours: Reflex Blue and Yellow.
/// </summary>
public static class EuEmblem
{
    public const string Blue = "#003399";
    public const string Yellow = "#FFCC00";
    public const string Description = "Emblema de la Unión Europea";

    /// <summary>Width over height.</summary>
    public const double Ratio = 1.5;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The twelve stars of an emblem <paramref name="height"/> high, each as its ten corners (point, notch, point...).</summary>
    public static IReadOnlyList<(double X, double Y)[]> Stars(double height)
    {
        var centre = (X: height * Ratio / 2, Y: height / 2);
        var ring = height / 3;
        var outer = height / 18;
        // A regular pentagram's notches lie at cos 72° / cos 36° of its points' radius.
        var inner = outer * Math.Cos(Math.PI * 2 / 5) / Math.Cos(Math.PI / 5);
        var stars = new List<(double, double)[]>();
        for (var hour = 0; hour < 12; hour++)
        {
            var a = hour * Math.PI / 6;
            var star = (X: centre.X + ring * Math.Sin(a), Y: centre.Y - ring * Math.Cos(a));
            var corners = new (double, double)[10];
            for (var k = 0; k < 10; k++)
            {
                var radius = k % 2 == 0 ? outer : inner;
                var b = k * Math.PI / 5;
                corners[k] = (star.X + radius * Math.Sin(b), star.Y - radius * Math.Cos(b));
            }
            stars.Add(corners);
        }
        return stars;
    }

    /// <summary>The emblem as an SVG document, 810 by 540 units (the size the geometry is usually given in).</summary>
    public static XElement SvgElement(string? title = Description)
    {
        const double height = 540;
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Number(height * Ratio)} {Number(height)}"),
            new XAttribute("width", Number(height * Ratio)),
            new XAttribute("height", Number(height)));
        if (title is not null)
        {
            svg.Add(new XAttribute("role", "img"), new XAttribute("aria-label", title));
            svg.Add(new XElement(Svg + "title", title));
        }
        svg.Add(new XElement(Svg + "rect",
            new XAttribute("width", Number(height * Ratio)), new XAttribute("height", Number(height)), new XAttribute("fill", Blue)));
        var stars = new XElement(Svg + "g", new XAttribute("fill", Yellow));
        foreach (var star in Stars(height))
            stars.Add(new XElement(Svg + "polygon", new XAttribute("points", string.Join(' ', star.Select(p => $"{Number(p.X)},{Number(p.Y)}")))));
        svg.Add(stars);
        return svg;
    }

    /// <summary>The SVG file's bytes (UTF-8, no byte order mark).</summary>
    public static byte[] SvgBytes()
    {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SvgElement().ToString(SaveOptions.DisableFormatting) + "\n";
        return new System.Text.UTF8Encoding(false).GetBytes(text);
    }

    /// <summary>The emblem as a PNG <paramref name="height"/> pixels high, for readers that show no SVG.</summary>
    public static byte[] Png(int height = 400, double dpi = 300)
    {
        var width = (int)Math.Round(height * Ratio);
        var canvas = new Canvas(width, height, Colour.Parse(Blue));
        var yellow = Colour.Parse(Yellow);
        foreach (var star in Stars(height)) canvas.FillPolygon(star, yellow);
        return canvas.ToPng(dpi);
    }

    private static string Number(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
