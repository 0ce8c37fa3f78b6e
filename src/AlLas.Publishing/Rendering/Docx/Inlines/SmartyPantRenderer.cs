using AlLas.Publishing.Markdown;
using Markdig.Extensions.SmartyPants;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>Typographic quotes and dashes as the document's language writes them.</summary>
public sealed class SmartyPantRenderer : DocxObjectRenderer<SmartyPant>
{
    protected override void Write(DocxRenderer renderer, SmartyPant pant) =>
        renderer.WriteText(PublicationMarkdown.Text(pant, renderer.Language));
}
