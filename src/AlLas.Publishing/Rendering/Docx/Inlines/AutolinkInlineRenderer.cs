using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

public sealed class AutolinkInlineRenderer : DocxObjectRenderer<AutolinkInline>
{
    protected override void Write(DocxRenderer renderer, AutolinkInline link)
    {
        var url = link.IsEmail ? "mailto:" + link.Url : link.Url;
        if (!HyperlinkWriter.TryWrite(renderer, url, () => renderer.WriteText(link.Url)))
        {
            renderer.WriteText(link.Url);
        }
    }
}
