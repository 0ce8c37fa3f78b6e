namespace AlLas.Publishing.Rendering.Graphics;

/// <summary>
/// Pixels to fill with polygons, smoothed by counting 4 × 4 samples per pixel; enough for flat shapes
/// such as the emblem, drawn here so that no image has to be fetched from elsewhere.
/// </summary>
public sealed class Canvas
{
    private const int Samples = 4;
    private readonly Colour[] pixels;

    public Canvas(int width, int height, Colour background)
    {
        Width = width;
        Height = height;
        pixels = Enumerable.Repeat(background, width * height).ToArray();
    }

    public int Width { get; }
    public int Height { get; }

    public Colour this[int x, int y] => pixels[y * Width + x];

    /// <summary>Fills a simple polygon (corners in pixels, in order) with <paramref name="colour"/>.</summary>
    public void FillPolygon(IReadOnlyList<(double X, double Y)> corners, Colour colour)
    {
        var left = Math.Max(0, (int)Math.Floor(corners.Min(c => c.X)));
        var right = Math.Min(Width - 1, (int)Math.Ceiling(corners.Max(c => c.X)));
        var top = Math.Max(0, (int)Math.Floor(corners.Min(c => c.Y)));
        var bottom = Math.Min(Height - 1, (int)Math.Ceiling(corners.Max(c => c.Y)));
        for (var y = top; y <= bottom; y++)
        {
            for (var x = left; x <= right; x++)
            {
                var inside = 0;
                for (var sy = 0; sy < Samples; sy++)
                    for (var sx = 0; sx < Samples; sx++)
                        if (Contains(corners, x + (sx + 0.5) / Samples, y + (sy + 0.5) / Samples)) inside++;
                if (inside > 0) pixels[y * Width + x] = pixels[y * Width + x].Under(colour, inside / (double)(Samples * Samples));
            }
        }
    }

    public byte[] ToPng(double dpi) => PngEncoder.Encode(Width, Height, pixels, dpi);

    /// <summary>Even-odd rule: a ray to the right crosses the outline an odd number of times from inside.</summary>
    private static bool Contains(IReadOnlyList<(double X, double Y)> corners, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = corners.Count - 1; i < corners.Count; j = i++)
        {
            var (xi, yi) = corners[i];
            var (xj, yj) = corners[j];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
    }
}
