using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Markdown;

/// <summary>`[PENDIENTE: ...]`: work a writer still owes, shown highlighted in drafts and counted by the build.</summary>
public sealed class PendingInline : LeafInline
{
    public const string Marker = "PENDIENTE:";

    public required string Text { get; init; }
}
