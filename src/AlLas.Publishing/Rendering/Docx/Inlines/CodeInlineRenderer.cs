using AlLas.Publishing.Rendering.Docx.Styling;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

public sealed class CodeInlineRenderer : DocxObjectRenderer<CodeInline>
{
    protected override void Write(DocxRenderer renderer, CodeInline code) =>
        renderer.WithFormat(f => f with { CharacterStyle = StyleIds.VerbatimChar }, () => renderer.WriteText(code.Content));
}
