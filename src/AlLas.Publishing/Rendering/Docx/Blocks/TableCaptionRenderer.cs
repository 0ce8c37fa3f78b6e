using AlLas.Publishing.Markdown;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>A table's caption goes above the table (see <see cref="TableRenderer"/>), so nothing is written where it stands.</summary>
public sealed class TableCaptionRenderer : DocxObjectRenderer<TableCaptionBlock>
{
    protected override void Write(DocxRenderer renderer, TableCaptionBlock caption)
    {
    }

    internal static void WriteAbove(DocxRenderer renderer, TableCaptionBlock caption) =>
        Captions.Write(renderer, caption.Target, caption.Inline, keepWithNext: true);
}
