using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

internal enum TokenKind
{
    /// <summary>A word, a stretch of spaces or one punctuation mark, in one run format.</summary>
    Text,
    /// <summary>Something that stays whole: a field, a note reference, a drawing, a tab, a break.</summary>
    Atom,
    /// <summary>The end of a paragraph: what Word tracks as an inserted or deleted paragraph mark.</summary>
    Mark,
}

/// <summary>
/// The unit the redline compares. Two tokens are the same when their keys are: a word's key is
/// the word, so a word that only changed its format matches itself and shows as a format change.
/// Both renderings are cut into a token per word, space and punctuation mark and all of them live
/// until the redline is written: what only an atom needs sits apart, so that a word costs less to
/// keep and to move about in each garbage collection.
/// </summary>
internal sealed class Token
{
    public required TokenKind Kind { get; init; }

    public required string Key { get; init; }

    /// <summary>What a reader sees of it (a field's result, a tab), for similarity and for finding quoted text: a word's is its key.</summary>
    public string Text
    {
        get => Kind switch
        {
            TokenKind.Text => Key,
            TokenKind.Mark => "\n",
            _ => atom?.Text ?? "",
        };
        init => Parts.Text = value;
    }

    /// <summary>The paragraph the token belongs to (for a mark, the paragraph it ends).</summary>
    public required Paragraph Paragraph { get; init; }

    /// <summary>A text token's run format.</summary>
    public RunProperties? Format { get; init; }

    /// <summary>An atom's runs, as rendered: copies of its pieces, made on first use (most atoms stand in text that stays as it was and are never written again).</summary>
    public IReadOnlyList<Run> Runs => Parts.Runs ??= Pieces.Select(p => p.Format is null
        ? new Run(p.Content.CloneNode(true))
        : new Run(p.Format.CloneNode(true), p.Content.CloneNode(true))).ToList();

    /// <summary>An atom's pieces in the rendering: each run child with its run's format.</summary>
    public IReadOnlyList<(RunProperties? Format, OpenXmlElement Content)> Pieces
    {
        get => atom?.Pieces ?? [];
        init => Parts.Pieces = value;
    }

    /// <summary>The hyperlink the token sits in, if any.</summary>
    public Hyperlink? Link { get; init; }

    /// <summary>For a note reference: the note's id.</summary>
    public string? NoteId
    {
        get => atom?.NoteId;
        init => Parts.NoteId = value;
    }

    /// <summary>Bookmarks and other zero-width marks of the paragraph that stand before this token.</summary>
    public IReadOnlyList<OpenXmlElement> Before => before ?? (IReadOnlyList<OpenXmlElement>)[];

    private List<OpenXmlElement>? before;
    private AtomParts? atom;

    private AtomParts Parts => atom ??= new AtomParts();

    public void AddBefore(List<OpenXmlElement> markers)
    {
        if (markers.Count > 0) (before ??= []).AddRange(markers);
    }

    public bool IsWord => Kind == TokenKind.Text && Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public override string ToString() => Kind == TokenKind.Mark ? "¶" : Key;

    private sealed class AtomParts
    {
        public string Text = "";
        public IReadOnlyList<(RunProperties? Format, OpenXmlElement Content)> Pieces = [];
        public string? NoteId;
        public List<Run>? Runs;
    }
}
