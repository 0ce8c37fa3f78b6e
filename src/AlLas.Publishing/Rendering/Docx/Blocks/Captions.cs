using System.Globalization;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>
/// "Figura 2. Caption": the label word, a SEQ field holding the number, then the caption's own
/// inlines. The bookmark REF fields quote holds the number alone, so that a reference reads
/// "figura 2" in the middle of a sentence whichever program recomputes it (LibreOffice ignores \* Lower).
/// </summary>
internal static class Captions
{
    public static void Write(DocxRenderer renderer, LabelTarget? target, ContainerInline? inlines, bool keepWithNext)
    {
        var paragraph = renderer.OpenParagraph(StyleIds.Caption);
        if (keepWithNext) paragraph.ParagraphProperties!.KeepNext = new KeepNext();
        if (target is not null)
        {
            var context = renderer.Context;
            var word = target.CaptionPrefix[..target.CaptionPrefix.LastIndexOf(' ')];
            renderer.WriteText(word + " ");
            string? id = null;
            if (target.Label.Length > 0)
            {
                id = context.Bookmarks.NextId().ToString(CultureInfo.InvariantCulture);
                renderer.AppendInline(new BookmarkStart { Id = id, Name = context.Bookmarks.NameFor(target.Label) });
            }
            var number = int.TryParse(target.Number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
            renderer.AppendInlines(DocxFields.Sequence(word, number, renderer.CurrentRunProperties));
            if (id is not null) renderer.AppendInline(new BookmarkEnd { Id = id });
            renderer.WriteText(". ");
        }
        if (inlines is not null) renderer.WriteChildren(inlines);
        renderer.CloseParagraph();
    }
}
