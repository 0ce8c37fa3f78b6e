using AlLas.Publishing.Rendering.Docx.Styling;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

public sealed class ListRenderer : DocxObjectRenderer<ListBlock>
{
    protected override void Write(DocxRenderer renderer, ListBlock list)
    {
        var lists = renderer.Context.Lists;
        var numberingId = list.IsOrdered
            ? lists.Ordered(int.TryParse(list.OrderedStart, out var start) ? start : 1)
            : lists.Bullet();
        var outer = renderer.Frame;
        var level = outer.InList ? Math.Min(outer.ListLevel + 1, 8) : 0;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var frame = new BlockFrame(StyleIds.ListParagraph) { NumberingId = numberingId, ListLevel = level, NumberPending = true };
            renderer.WithFrame(frame, () => renderer.WriteChildren(item));
        }
    }
}
