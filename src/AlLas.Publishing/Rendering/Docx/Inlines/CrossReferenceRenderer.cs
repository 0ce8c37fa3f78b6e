using AlLas.Publishing.Markdown;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>
/// REF fields to the target's bookmark, their cached text what the model prints, and chosen so that
/// Word (when asked to update fields) and LibreOffice (which recomputes them on opening) print the
/// same: the noun as text and the number as a field for figures, tables, chapters and sections
/// ("figura " + "2", "sección " + "4.2"); the annex heading's whole number for annexes, as its list
/// writes it ("Anexo B"); an unnumbered chapter's title between angle quotes.
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
        if (target.Number is null)
        {
            renderer.WriteText("«");
            renderer.AppendInlines(DocxFields.Field($"REF {bookmark} \\h", format, target.Title));
            renderer.WriteText("»");
            return;
        }
        switch (target.Kind)
        {
            case LabelKind.Annex:
                renderer.AppendInlines(DocxFields.Field($"REF {bookmark} \\r \\h", format, target.DisplayText));
                break;
            case LabelKind.Figure or LabelKind.Table:
                renderer.WriteText(target.Noun + " ");
                renderer.AppendInlines(DocxFields.Field($"REF {bookmark} \\h", format, target.Number));
                break;
            default:
                // \w: the full number wherever the reference stands; \t: without the list's words.
                renderer.WriteText(target.Noun + " ");
                renderer.AppendInlines(DocxFields.Field($"REF {bookmark} \\w \\t \\h", format, target.Number));
                break;
        }
    }
}
