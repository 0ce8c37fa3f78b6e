using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>An empty paragraph with a bottom rule.</summary>
public sealed class ThematicBreakRenderer : DocxObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(DocxRenderer renderer, ThematicBreakBlock block)
    {
        var paragraph = renderer.OpenParagraph(StyleIds.Normal);
        paragraph.ParagraphProperties!.ParagraphBorders = new ParagraphBorders(
            new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "808080" });
        renderer.CloseParagraph();
    }
}
