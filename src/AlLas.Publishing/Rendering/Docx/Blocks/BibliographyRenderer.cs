using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Docx.Styling;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>Cited works, one paragraph each, with a hanging indent.</summary>
public sealed class BibliographyRenderer : DocxObjectRenderer<BibliographyBlock>
{
    protected override void Write(DocxRenderer renderer, BibliographyBlock block) =>
        renderer.WithFrame(new BlockFrame(StyleIds.Bibliography), () => renderer.WriteChildren(block));
}
