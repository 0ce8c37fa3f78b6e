using Markdig.Parsers;
using Markdig.Syntax;

namespace AlLas.Publishing.Markdown;

/// <summary>The list of cited works, placed at the end of the bibliography annex.</summary>
public sealed class BibliographyBlock(BlockParser? parser) : ContainerBlock(parser)
{
    public const string AnnexLabel = "anx-bibliografia";

    /// <summary>Where each reference came from: its entry in the bibliography file.</summary>
    public required AlLas.Publishing.Content.SourceMap Map { get; init; }
}
