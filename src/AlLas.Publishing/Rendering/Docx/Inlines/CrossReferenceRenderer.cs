using AlLas.Publishing.Markdown;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>
/// REF fields to the target's bookmark, their cached text already what the model prints:
/// figures and tables quote their caption label in lower case ("figura 2"); chapters, sections and
/// annexes quote their heading number after the noun ("sección " + "4.2", "anexo " + "B");
/// unnumbered chapters quote their title between angle quotes.
/// </summary>
public sealed class CrossReferenceRenderer : DocxObjectRenderer<CrossReferenceInline>
{
    protected override void Write(DocxRenderer renderer, CrossReferenceInline reference)
    {
        if (reference.Target is not { } target)
        {
            renderer.WriteText(reference.Label);
            return;
        }
        var bookmark = renderer.Context.Bookmarks.NameFor(target.Label);
        var format = renderer.CurrentRunProperties;
        switch (target.Kind)
        {
            case LabelKind.Figure or LabelKind.Table:
                renderer.AppendInlines(DocxFields.Field($"REF {bookmark} \\h \\* Lower", format, target.DisplayText));
                break;
            case var _ when target.Number is null:
                renderer.WriteText("«");
                renderer.AppendInlines(DocxFields.Field($"REF {bookmark} \\h", format, target.Title));
                renderer.WriteText("»");
                break;
            default:
                // \w: the full number wherever the reference stands; \t: without the list's words ("Anexo").
                renderer.WriteText(target.Noun + " ");
                renderer.AppendInlines(DocxFields.Field($"REF {bookmark} \\w \\t \\h", format, target.Number));
                break;
        }
    }
}
