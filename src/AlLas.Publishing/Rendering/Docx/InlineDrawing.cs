using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Svg = DocumentFormat.OpenXml.Office2019.Drawing.SVG;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>An image in the line of text (wp:inline), with its alt text in wp:docPr/@descr.</summary>
internal static class InlineDrawing
{
    /// <summary>Natural size, shrunk (never enlarged) to fit the width and height available.</summary>
    public static (long Width, long Height) Fit(ImageInfo image, long maxWidth, long maxHeight)
    {
        double w = image.WidthEmu, h = image.HeightEmu;
        var scale = Math.Min(1.0, Math.Min(maxWidth / w, maxHeight / h));
        return ((long)Math.Round(w * scale), (long)Math.Round(h * scale));
    }

    /// <summary>The extension that names a picture's SVG beside its PNG: Word 2016 and later show the SVG, other readers the PNG.</summary>
    public const string SvgBlipExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    public static Drawing Create(string relationshipId, uint id, string name, string altText, long width, long height, string? svgRelationshipId = null)
    {
        var blip = new A.Blip { Embed = relationshipId };
        if (svgRelationshipId is not null)
            blip.Append(new A.BlipExtensionList(new A.BlipExtension(new Svg.SVGBlip { Embed = svgRelationshipId }) { Uri = SvgBlipExtension }));
        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(
                new Pic.NonVisualDrawingProperties { Id = 0U, Name = name, Description = altText },
                new Pic.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
            new Pic.BlipFill(
                blip,
                new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));

        var inline = new Wp.Inline(
            new Wp.Extent { Cx = width, Cy = height },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = id, Name = name, Description = altText },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Drawing(inline);
    }
}
