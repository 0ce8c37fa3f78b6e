using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

public sealed class LiteralInlineRenderer : DocxObjectRenderer<LiteralInline>
{
    protected override void Write(DocxRenderer renderer, LiteralInline literal) => renderer.WriteText(literal.Content.ToString());
}
