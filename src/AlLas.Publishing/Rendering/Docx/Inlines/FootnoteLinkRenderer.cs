using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Footnotes;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>
/// A note reference writes the note itself into the footnotes part, there and then, so that Word
/// numbers notes in reading order. A note cited twice appears twice, as Word has no shared notes.
/// </summary>
public sealed class FootnoteLinkRenderer : DocxObjectRenderer<FootnoteLink>
{
    protected override void Write(DocxRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink) return;
        var context = renderer.Context;
        var id = context.NextFootnoteId();
        var note = new Footnote { Id = id };
        var frame = new BlockFrame(StyleIds.FootnoteText) { FootnoteMarkPending = true };
        renderer.Within(note, frame, () => renderer.WriteChildren(link.Footnote));
        context.Footnotes.Append(note);
        renderer.AppendInline(new Run(
            new RunProperties { RunStyle = new RunStyle { Val = StyleIds.FootnoteReference } },
            new FootnoteReference { Id = id }));
    }
}
