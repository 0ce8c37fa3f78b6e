using AlLas.Publishing.Markdown;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>
/// REF fields to the target's bookmark, their cached text what the model prints, and chosen so that
/// Word (when asked to update fields) and LibreOffice (which recomputes them on opening) print the
/// same: the noun as text and the number as a field for figures, tables, chapters and sections
/// ("figura " + "2", "sección " + "4.2", "capítulos " + "2" within a run of references); an
/// unnumbered chapter's title between angle quotes. Annexes read "anexo B" in running text, as in the
/// HTML: a link to the heading, not a field, since the annex list's number would bring its capital
/// ("Anexo B") back.
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
        if (reference.Form == CrossReferenceForm.Hidden) return;
        var bookmark = renderer.Context.Bookmarks.NameFor(target.Label);
        var format = renderer.CurrentRunProperties;
        if (target.Number is null)
        {
            renderer.WriteText("«");
            renderer.AppendInlines(DocxFields.Field($"REF {bookmark} \\h", format, target.Title));
            renderer.WriteText("»");
            return;
        }
        if (target.Kind == LabelKind.Annex)
        {
            renderer.AppendInline(new Hyperlink(DocxFields.TextRun(reference.Text, format)) { Anchor = bookmark, History = true });
            return;
        }
        if (reference.Noun is { } noun) renderer.WriteText(noun + " ");
        // \w: the full number wherever the reference stands; \t: without the list's words.
        var instruction = target.Kind is LabelKind.Figure or LabelKind.Table ? $"REF {bookmark} \\h" : $"REF {bookmark} \\w \\t \\h";
        renderer.AppendInlines(DocxFields.Field(instruction, format, target.Number));
    }
}
