using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Markdown;

/// <summary>A paragraph that holds only an image: a numbered figure whose caption is the image's text.</summary>
public sealed class FigureBlock(BlockParser? parser) : LeafBlock(parser)
{
    public required LinkInline Image { get; init; }

    public string? Label { get; init; }

    public required string AltText { get; init; }

    /// <summary>Absolute path of the image file, resolved against the chapter's folder.</summary>
    public string? ImagePath { get; set; }

    public LabelTarget? Target { get; set; }

    /// <summary>The caption's inlines (the image's children).</summary>
    public ContainerInline Caption => Image;
}
