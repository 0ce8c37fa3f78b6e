using AlLas.Publishing.Rendering.Docx.Styling;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

public sealed class ParagraphRenderer : DocxObjectRenderer<ParagraphBlock>
{
    protected override void Write(DocxRenderer renderer, ParagraphBlock paragraph)
    {
        // A paragraph holding nothing but an image is a figure: centred, kept with what follows.
        renderer.OpenParagraph(IsLoneImage(paragraph) ? StyleIds.Figure : null);
        renderer.WriteInlines(paragraph);
        renderer.CloseParagraph();
    }

    private static bool IsLoneImage(ParagraphBlock paragraph)
    {
        var images = 0;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline l && l.Content.IsEmptyOrWhitespace()) continue;
            if (inline is not LinkInline { IsImage: true } || ++images > 1) return false;
        }
        return images == 1;
    }
}
