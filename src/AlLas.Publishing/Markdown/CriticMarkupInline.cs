using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Markdown;

public enum CriticKind { Insert, Delete, Substitute, Highlight, Comment }

/// <summary>
/// CriticMarkup, the Markdown face of Word's review marks: `{++ins++}`, `{--del--}`, `{~~old~>new~~}`,
/// `{==text==}{>>comment<<}` and a lone `{>>comment<<}`. Writers propose changes with it without a
/// release; the Word writer turns it into real revisions and comments.
/// </summary>
public sealed class CriticMarkupInline : LeafInline
{
    public required CriticKind Kind { get; init; }

    /// <summary>The inserted, deleted, highlighted or replaced text (for a comment, its text).</summary>
    public required string Text { get; init; }

    /// <summary>The replacement of a substitution.</summary>
    public string? NewText { get; init; }

    /// <summary>The comment attached to a highlight.</summary>
    public string? Comment { get; init; }

    /// <summary>How the text reads once every proposal is accepted.</summary>
    public string AcceptedText => Kind switch
    {
        CriticKind.Insert or CriticKind.Highlight => Text,
        CriticKind.Substitute => NewText ?? "",
        _ => "",
    };
}
