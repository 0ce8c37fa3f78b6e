using Markdig.Parsers;
using Markdig.Syntax;

namespace AlLas.Publishing.Markdown;

/// <summary>
/// `Tabla: caption {#tbl-id}` right after a table. Renderers write it above its table (the Spanish
/// convention) and skip it where it stands.
/// </summary>
public sealed class TableCaptionBlock(BlockParser? parser) : LeafBlock(parser)
{
    public static readonly string[] Prefixes = ["Tabla:", "Table:"];

    public string? Label { get; init; }

    public LabelTarget? Target { get; set; }

    public required Markdig.Extensions.Tables.Table Table { get; init; }

    public static TableCaptionBlock? Of(Markdig.Extensions.Tables.Table table) =>
        table.GetData(typeof(TableCaptionBlock)) as TableCaptionBlock;
}
