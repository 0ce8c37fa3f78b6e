using System.Globalization;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>
/// "Figura 2. Caption": the label word and a SEQ field holding the number, both inside the bookmark
/// that REF fields quote, then the caption's own inlines.
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
            string? id = null;
            if (target.Label.Length > 0)
            {
                id = context.Bookmarks.NextId().ToString(CultureInfo.InvariantCulture);
                renderer.AppendInline(new BookmarkStart { Id = id, Name = context.Bookmarks.NameFor(target.Label) });
            }
            renderer.WriteText(word + " ");
            var number = int.TryParse(target.Number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
            renderer.AppendInlines(DocxFields.Sequence(word, number, renderer.CurrentRunProperties));
            if (id is not null) renderer.AppendInline(new BookmarkEnd { Id = id });
            renderer.WriteText(". ");
        }
        if (inlines is not null) renderer.WriteChildren(inlines);
        renderer.CloseParagraph();
    }
}
