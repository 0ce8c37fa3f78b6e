using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>
/// Headings take their numbers from the lists tied to the heading styles; each gets a hidden
/// bookmark for the table of contents and, when it has an id, a bookmark REF fields can point to.
/// </summary>
public sealed class HeadingRenderer : DocxObjectRenderer<HeadingBlock>
{
    protected override void Write(DocxRenderer renderer, HeadingBlock heading)
    {
        var context = renderer.Context;
        var kind = renderer.ChapterKind;
        var level = Math.Clamp(heading.Level, 1, 4);

        if (kind == DocxChapterKind.Cover)
        {
            renderer.OpenParagraph(level switch { 1 => StyleIds.Title, 2 => StyleIds.Subtitle, _ => StyleIds.CoverText });
            renderer.WriteInlines(heading);
            renderer.CloseParagraph();
            return;
        }

        var style = kind switch
        {
            DocxChapterKind.Preliminary when level == 1 => StyleIds.TocHeading,
            DocxChapterKind.Annex when level == 1 => StyleIds.AnnexHeading,
            _ => StyleIds.Heading(level),
        };
        var paragraph = renderer.OpenParagraph(style);
        var pPr = paragraph.ParagraphProperties!;
        switch (kind)
        {
            case DocxChapterKind.Preliminary when level > 1:
                pPr.NumberingProperties = Unnumbered();
                pPr.OutlineLevel = new OutlineLevel { Val = 9 };
                break;
            case DocxChapterKind.Unnumbered:
                pPr.NumberingProperties = Unnumbered();
                break;
            case DocxChapterKind.Annex when level > 1:
                var annexList = context.Reference.AnnexNumberingId;
                pPr.NumberingProperties = annexList == 0
                    ? Unnumbered()
                    : new NumberingProperties(new NumberingLevelReference { Val = level - 1 }, new NumberingId { Val = annexList });
                break;
        }

        var inContents = kind != DocxChapterKind.Preliminary && level <= 3;
        var number = kind == DocxChapterKind.Preliminary ? null : context.HeadingNumbers.Next(kind, level);
        var names = new List<string>();
        if (inContents) names.Add(context.Bookmarks.NextTocName());
        if (heading.TryGetAttributes()?.Id is { Length: > 0 } label) names.Add(context.Bookmarks.NameFor(label));
        var ids = names.Select(_ => context.Bookmarks.NextId().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        for (var i = 0; i < names.Count; i++) renderer.AppendInline(new BookmarkStart { Id = ids[i], Name = names[i] });
        renderer.WriteInlines(heading);
        for (var i = names.Count - 1; i >= 0; i--) renderer.AppendInline(new BookmarkEnd { Id = ids[i] });
        renderer.CloseParagraph();

        if (inContents) context.Toc.Add(new TocEntry(level, number, PlainText.Of(heading.Inline).Trim(), names[0]));
    }

    private static NumberingProperties Unnumbered() => new(new NumberingId { Val = 0 });
}
