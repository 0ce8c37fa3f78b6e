using System.Globalization;

namespace AlLas.Publishing.Rendering.Graphics;

/// <summary>An opaque RGB colour.</summary>
public readonly record struct Colour(byte R, byte G, byte B)
{
    /// <summary>"#RRGGBB".</summary>
    public static Colour Parse(string hex)
    {
        var v = int.Parse(hex.TrimStart('#'), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new Colour((byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }

    /// <summary>This colour covered by <paramref name="top"/> over <paramref name="coverage"/> (0 to 1) of the pixel.</summary>
    public Colour Under(Colour top, double coverage)
    {
        byte Mix(byte a, byte b) => (byte)Math.Round(a + (b - a) * coverage);
        return new Colour(Mix(R, top.R), Mix(G, top.G), Mix(B, top.B));
    }
}
