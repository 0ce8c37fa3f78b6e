using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>A hard break is a line break; a soft one, the space it reads as.</summary>
public sealed class LineBreakInlineRenderer : DocxObjectRenderer<LineBreakInline>
{
    protected override void Write(DocxRenderer renderer, LineBreakInline lineBreak)
    {
        if (lineBreak.IsHard) renderer.AppendInline(renderer.NewRun(new Break()));
        else renderer.WriteText(" ");
    }
}
