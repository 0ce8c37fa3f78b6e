using AlLas.Publishing.Markdown;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>Author-date citations as the model formatted them: "(Zapata Garesché, 2007, p. 45)".</summary>
public sealed class CitationRenderer : DocxObjectRenderer<CitationInline>
{
    protected override void Write(DocxRenderer renderer, CitationInline citation) => renderer.WriteText(citation.Text ?? "");
}
