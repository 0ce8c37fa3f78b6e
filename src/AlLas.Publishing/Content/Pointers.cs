using AlLas.Publishing.Markdown;
using Markdig.Syntax;

namespace AlLas.Publishing.Content;

/// <summary>What a chapter's text points at: its cross-references and its citations, each in reading order.</summary>
public sealed class Pointers
{
    public required IReadOnlyList<CrossReferenceInline> CrossReferences { get; init; }

    public required IReadOnlyList<CitationInline> Citations { get; init; }

    /// <summary>One walk of the tree; the inlines are most of a chapter.</summary>
    public static Pointers Of(MarkdownDocument markdown)
    {
        var references = new List<CrossReferenceInline>();
        var citations = new List<CitationInline>();
        foreach (var node in markdown.Descendants())
        {
            if (node is CrossReferenceInline reference) references.Add(reference);
            else if (node is CitationInline citation) citations.Add(citation);
        }
        return new Pointers { CrossReferences = references, Citations = citations };
    }
}
