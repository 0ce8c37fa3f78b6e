namespace AlLas.Publishing.Rendering.Diagrams;

/// <summary>
/// A figure drawn from its Graphviz source: the SVG Word 2016+ and browsers show, the PNG older readers
/// show, and its size at print (the SVG's own, in points).
/// </summary>
public sealed record Diagram(string SvgPath, byte[] Svg, byte[] Png, double WidthPoints, double HeightPoints)
{
    public const long EmuPerPoint = 12700;

    public long WidthEmu => (long)Math.Round(WidthPoints * EmuPerPoint);
    public long HeightEmu => (long)Math.Round(HeightPoints * EmuPerPoint);
}
