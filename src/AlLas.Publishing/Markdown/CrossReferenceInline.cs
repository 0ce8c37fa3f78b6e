using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Markdown;

/// <summary>`@fig-fases`: a reference to a figure, table, chapter, section or annex of the same document.</summary>
public sealed class CrossReferenceInline : LeafInline
{
    public static readonly string[] Prefixes = ["fig-", "tbl-", "sec-", "anx-"];

    public required string Label { get; init; }

    /// <summary>Set by numbering once every label of the document is known.</summary>
    public LabelTarget? Target { get; set; }
}
