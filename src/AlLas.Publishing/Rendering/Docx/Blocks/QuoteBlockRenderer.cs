using AlLas.Publishing.Rendering.Docx.Styling;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

public sealed class QuoteBlockRenderer : DocxObjectRenderer<QuoteBlock>
{
    protected override void Write(DocxRenderer renderer, QuoteBlock quote) =>
        renderer.WithFrame(new BlockFrame(StyleIds.BlockText), () => renderer.WriteChildren(quote));
}
