using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Docx.Styling;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>Work still owed, marked in the Pendiente character style so that it stands out in a draft.</summary>
public sealed class PendingRenderer : DocxObjectRenderer<PendingInline>
{
    public const string Prefix = "Pendiente: ";

    protected override void Write(DocxRenderer renderer, PendingInline pending) =>
        renderer.WithFormat(f => f with { CharacterStyle = StyleIds.Pending }, () => renderer.WriteText(Prefix + pending.Text));
}
