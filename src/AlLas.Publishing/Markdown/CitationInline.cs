using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Markdown;

/// <summary>`[@zapata2007, p. 45; @keating1999]`: an author-date citation of bibliography entries.</summary>
public sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<CitationItem> Items { get; init; }

    /// <summary>The rendered citation, "(Zapata Garesché, 2007, p. 45)", set once the bibliography is known.</summary>
    public string? Text { get; set; }
}

public sealed record CitationItem(string Key, string? Locator);
