using Markdig.Extensions.Footnotes;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>Nothing here: each note went to the footnotes part where it was first referenced.</summary>
public sealed class FootnoteGroupRenderer : DocxObjectRenderer<FootnoteGroup>
{
    protected override void Write(DocxRenderer renderer, FootnoteGroup group)
    {
    }
}
