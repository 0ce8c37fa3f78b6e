using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>
/// HTML comments are notes to writers and stay out; other raw HTML is shown as code rather than
/// dropped, so that nothing in the sources vanishes from the draft unnoticed.
/// </summary>
public sealed class HtmlBlockRenderer : DocxObjectRenderer<HtmlBlock>
{
    protected override void Write(DocxRenderer renderer, HtmlBlock html)
    {
        if (html.Type == HtmlBlockType.Comment) return;
        renderer.OpenParagraph(StyleIds.SourceCode);
        for (var i = 0; i < html.Lines.Count; i++)
        {
            if (i > 0) renderer.AppendInline(new Run(new Break()));
            renderer.WriteText(html.Lines.Lines[i].Slice.ToString());
        }
        renderer.CloseParagraph();
    }
}
