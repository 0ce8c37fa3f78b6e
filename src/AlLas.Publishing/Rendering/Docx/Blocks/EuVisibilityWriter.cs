using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Docx.Styling;
using AlLas.Publishing.Rendering.Graphics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>
/// The EU emblem beside the visibility line ("Financiado por la Unión Europea"): one paragraph, the
/// emblem an SVG picture with its PNG fallback, the words raised to its middle. On the cover and the
/// back cover the paragraph is a frame held at the foot of the page, where EU-funded publications carry
/// the emblem; Word and LibreOffice both keep such frames where they are put.
/// </summary>
internal static class EuVisibilityWriter
{
    /// <summary>Height of the emblem on the page: 1.5 cm, in EMU.</summary>
    private const long EmblemHeight = 540000;
    private const long EmblemWidth = (long)(EmblemHeight * EuEmblem.Ratio);

    /// <summary>How far the words rise to stand level with the emblem's middle, in half-points.</summary>
    private const int Raise = 28;

    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        var context = renderer.Context;
        var picture = context.Picture(CoverContainers.EuEmblem, () => (EuEmblem.Png(), EuEmblem.SvgBytes()));
        var paragraph = renderer.OpenParagraph(StyleIds.CoverText);
        var properties = paragraph.ParagraphProperties!;
        properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" };
        var framed = renderer.ChapterKind == DocxChapterKind.Cover && renderer.AtBodyLevel;
        if (framed)
        {
            properties.FrameProperties = new FrameProperties
            {
                Width = context.Page.TextWidth(context.Section.Landscape).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Wrap = TextWrappingValues.NotBeside,
                HorizontalPosition = HorizontalAnchorValues.Margin,
                VerticalPosition = VerticalAnchorValues.Margin,
                XAlign = HorizontalAlignmentValues.Left,
                YAlign = VerticalAlignmentValues.Bottom,
            };
        }
        var drawing = InlineDrawing.Create(picture.PngId, context.NextDrawingId(), "Emblema UE", EuEmblem.Description, EmblemWidth, EmblemHeight, picture.SvgId);
        renderer.AppendInline(new Run(drawing));
        renderer.AppendInline(new Run(new RunProperties(new Position { Val = Raise.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new Text("   ") { Space = SpaceProcessingModeValues.Preserve }));

        var first = true;
        foreach (var leaf in container.Descendants<LeafBlock>())
        {
            if (!first) renderer.AppendInline(new Run(new Break()));
            first = false;
            var before = paragraph.ChildElements.Count;
            renderer.WriteInlines(leaf);
            foreach (var run in paragraph.ChildElements.Skip(before).OfType<Run>())
            {
                run.RunProperties ??= new RunProperties();
                run.RunProperties.Position = new Position { Val = Raise.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }
        }
        renderer.CloseParagraph();
        // LibreOffice anchors a frame to the paragraph after it and, saving, writes the frame before its
        // anchor: with none after it, the frame would come back above the paragraph before it, which a
        // review import would take for an edit. An empty paragraph keeps it in place (and carries the
        // section's end on the cover).
        if (framed)
            renderer.AppendBlock(new Paragraph(new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.CoverText },
                SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" },
            }));
    }
}
