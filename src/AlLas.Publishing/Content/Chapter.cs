using AlLas.Publishing.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AlLas.Publishing.Content;

/// <summary>One Markdown file of a document, parsed, with the map back to its source lines.</summary>
public sealed class Chapter
{
    public required string File { get; init; }

    public required ChapterKind Kind { get; init; }

    public required MarkdownDocument Markdown { get; init; }

    public required SourceMap Map { get; init; }

    public required FrontMatter FrontMatter { get; init; }

    /// <summary>"3" for a body chapter, "A" for an annex, null when unnumbered.</summary>
    public string? Number { get; set; }

    public HeadingBlock? TitleHeading => Markdown.FirstOrDefault(b => b is HeadingBlock { Level: 1 }) as HeadingBlock;

    public string Title => TitleHeading is { } h ? PlainText.Of(h.Inline) : Path.GetFileNameWithoutExtension(File);

    public string? Id => TitleHeading?.TryGetAttributes()?.Id ?? FrontMatter.GetString("id");

    public bool IsNumbered => Kind is ChapterKind.Body or ChapterKind.Annex;

    /// <summary>Drawn from a template of templates/ (cover, credits, disclaimer) rather than written in content/.</summary>
    public bool IsTemplate => File.StartsWith("templates/", StringComparison.Ordinal);

    private Pointers? pointers;

    /// <summary>
    /// The chapter's cross-references and citations in reading order, gathered in one walk the first time
    /// they are asked for. A parsed chapter's tree does not change but for the bibliography the build appends
    /// after resolving them, so the live preview, which resolves every chapter again on each save, walks
    /// only the chapters that were parsed again.
    /// </summary>
    public Pointers Pointers => pointers ??= Pointers.Of(Markdown);

    public SourceSpan SpanOf(Block block) => MapOf(block).ToSource(block.Span);

    public SourceSpan SpanOf(Markdig.Syntax.Inlines.Inline inline) =>
        (Root(inline).ParentBlock is { } block ? MapOf(block) : Map).ToSource(inline.Span);

    private static Markdig.Syntax.Inlines.ContainerInline Root(Markdig.Syntax.Inlines.Inline inline)
    {
        var container = inline as Markdig.Syntax.Inlines.ContainerInline ?? inline.Parent!;
        while (container?.Parent is { } parent) container = parent;
        return container!;
    }

    /// <summary>Blocks the build added (the bibliography) map to the file they were drawn from.</summary>
    public SourceMap MapOf(Block block)
    {
        for (Block? b = block; b is not null; b = b.Parent)
        {
            if (b is BibliographyBlock bibliography) return bibliography.Map;
        }
        return Map;
    }
}
