using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>One paragraph per code block, lines joined by line breaks, so a block stays one unit.</summary>
public sealed class CodeBlockRenderer : DocxObjectRenderer<CodeBlock>
{
    protected override void Write(DocxRenderer renderer, CodeBlock code)
    {
        renderer.OpenParagraph(StyleIds.SourceCode);
        var lines = code.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) renderer.AppendInline(new Run(new Break()));
            renderer.WriteText(lines.Lines[i].Slice.ToString().Replace("\t", "    "));
        }
        renderer.CloseParagraph();
    }
}
