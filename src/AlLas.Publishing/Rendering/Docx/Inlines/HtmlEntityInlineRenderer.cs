using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

public sealed class HtmlEntityInlineRenderer : DocxObjectRenderer<HtmlEntityInline>
{
    protected override void Write(DocxRenderer renderer, HtmlEntityInline entity) => renderer.WriteText(entity.Transcoded.ToString());
}
