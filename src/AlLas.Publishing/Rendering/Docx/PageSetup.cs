using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// Page size and margins of portrait pages, in twentieths of a point (twips). Landscape pages swap
/// width and height and rotate the margins, so that the binding edge stays where it was.
/// </summary>
public sealed record PageSetup(int Width, int Height, int Top, int Right, int Bottom, int Left, int Header, int Footer, int Gutter)
{
    public const long EmuPerTwip = 635;

    /// <summary>A4 with 2.5 cm margins, 1.25 cm to header and footer.</summary>
    public static PageSetup A4 { get; } = new(11906, 16838, 1418, 1418, 1418, 1418, 709, 709, 0);

    public int TextWidth(bool landscape) => landscape ? Height - Top - Bottom - Gutter : Width - Left - Right - Gutter;

    public int TextHeight(bool landscape) => landscape ? Width - Left - Right : Height - Top - Bottom;

    /// <summary>Reads the page setup of a section (a w:sectPr); missing values keep those of A4.</summary>
    public static PageSetup From(XElement sectPr)
    {
        XNamespace w = sectPr.Name.Namespace;
        var size = sectPr.Element(w + "pgSz");
        var margin = sectPr.Element(w + "pgMar");
        int? Read(XElement? element, string name) =>
            int.TryParse((string?)element?.Attribute(w + name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        var d = A4;
        var setup = new PageSetup(
            Read(size, "w") ?? d.Width,
            Read(size, "h") ?? d.Height,
            Math.Abs(Read(margin, "top") ?? d.Top),
            Read(margin, "right") ?? d.Right,
            Math.Abs(Read(margin, "bottom") ?? d.Bottom),
            Read(margin, "left") ?? d.Left,
            Read(margin, "header") ?? d.Header,
            Read(margin, "footer") ?? d.Footer,
            Read(margin, "gutter") ?? d.Gutter);
        // A reference saved from a landscape first section still describes portrait pages for us.
        return setup.Width > setup.Height
            ? setup with { Width = setup.Height, Height = setup.Width, Top = setup.Left, Right = setup.Top, Bottom = setup.Right, Left = setup.Bottom }
            : setup;
    }

    public PageSize ToPageSize(bool landscape) => landscape
        ? new PageSize { Width = (UInt32Value)(uint)Height, Height = (UInt32Value)(uint)Width, Orient = PageOrientationValues.Landscape }
        : new PageSize { Width = (UInt32Value)(uint)Width, Height = (UInt32Value)(uint)Height };

    public PageMargin ToPageMargin(bool landscape) => landscape
        ? new PageMargin
        {
            Top = Left, Right = (UInt32Value)(uint)Top, Bottom = Right, Left = (UInt32Value)(uint)Bottom,
            Header = (UInt32Value)(uint)Header, Footer = (UInt32Value)(uint)Footer, Gutter = (UInt32Value)(uint)Gutter,
        }
        : new PageMargin
        {
            Top = Top, Right = (UInt32Value)(uint)Right, Bottom = Bottom, Left = (UInt32Value)(uint)Left,
            Header = (UInt32Value)(uint)Header, Footer = (UInt32Value)(uint)Footer, Gutter = (UInt32Value)(uint)Gutter,
        };
}
