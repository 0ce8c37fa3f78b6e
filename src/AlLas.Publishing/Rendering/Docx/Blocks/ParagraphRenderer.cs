using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

public sealed class ParagraphRenderer : DocxObjectRenderer<ParagraphBlock>
{
    protected override void Write(DocxRenderer renderer, ParagraphBlock paragraph)
    {
        // A paragraph holding nothing but an image is a figure: centred, kept with what follows.
        var opened = renderer.OpenParagraph(IsLoneImage(paragraph) ? StyleIds.Figure : null);
        // "Las seis familias son:" left alone at a page's foot announces what is on the next page.
        if (IntroducesNext(paragraph)) opened.ParagraphProperties!.KeepNext = new KeepNext();
        renderer.WriteInlines(paragraph);
        renderer.CloseParagraph();
    }

    /// <summary>A paragraph ending in a colon right before a list or a table.</summary>
    private static bool IntroducesNext(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not { } parent) return false;
        var index = parent.IndexOf(paragraph);
        if (index < 0 || index + 1 >= parent.Count || parent[index + 1] is not (ListBlock or Markdig.Extensions.Tables.Table)) return false;
        for (var inline = paragraph.Inline?.LastChild; inline is not null; inline = inline.PreviousSibling)
        {
            if (inline is not LiteralInline literal) return false;
            var text = literal.Content.ToString().TrimEnd();
            if (text.Length > 0) return text.EndsWith(':');
        }
        return false;
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
