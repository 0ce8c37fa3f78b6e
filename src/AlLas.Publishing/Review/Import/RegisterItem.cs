namespace AlLas.Publishing.Review.Import;

/// <summary>How the writers settled an item.</summary>
public static class ItemStatus
{
    public const string Open = "open";
    public const string Addressed = "addressed";
    public const string Declined = "declined";
    public const string Answered = "answered";

    public static readonly string[] All = [Open, Addressed, Declined, Answered];

    /// <summary>The response `review apply` leaves on what it wrote into the sources.</summary>
    public const string AppliedResponse = "aplicado";
    public const string AppliedAsCriticMarkupResponse = "aplicado como CriticMarkup";
}

/// <summary>
/// One entry of a review register: a comment (or reply), a revision, or an edit made without Track
/// Changes, where it lands in the sources of the release, and how the writers settled it.
/// Id is stable for the same returned file: c&lt;comment id&gt;, r&lt;n&gt; for revisions and u&lt;n&gt; for
/// untracked edits, in document order.
/// </summary>
public sealed record RegisterItem
{
    public required string Id { get; init; }

    /// <summary>"comment", or a revision kind of the review contract ("insert", "delete", ..., "untracked-edit").</summary>
    public required string Kind { get; init; }

    public required string Reviewer { get; init; }

    public string? Initials { get; init; }

    public string? Date { get; init; }

    /// <summary>For a reply, the id (in the docx) of the comment it answers.</summary>
    public string? Parent { get; init; }

    public bool Resolved { get; init; }

    /// <summary>A comment's text; a revision's inserted, deleted or moved text; an untracked edit's new text.</summary>
    public required string Text { get; init; }

    /// <summary>The docx text the item is on: a comment's commented text, the release text an untracked edit replaced.</summary>
    public required string Quote { get; init; }

    public DocxLocation? Location { get; init; }

    public SourceLocation? Source { get; init; }

    public string? Unmapped { get; init; }

    /// <summary>
    /// A range that runs on from the file of <see cref="Source"/> into the next ones (the end of a
    /// chapter and the start of the next): its part in each later file, in order. Empty otherwise.
    /// </summary>
    public IReadOnlyList<SourceLocation> Continues { get => continues; init => continues = ValueList<SourceLocation>.Of(value); }

    /// <summary>Why `review apply` leaves this change to the writers' hand; null when it can write it.</summary>
    public string? Manual { get; init; }

    /// <summary>For a formatting change: "+bold", "-italic"... (see <see cref="RunFormatting"/>).</summary>
    public string? Formatting { get; init; }

    /// <summary>For an inserted or deleted table row: its cells' text.</summary>
    public IReadOnlyList<string>? Cells { get => cells; init => cells = value is null ? null : ValueList<string>.Of(value); }

    private readonly IReadOnlyList<SourceLocation> continues = ValueList<SourceLocation>.Empty;
    private readonly IReadOnlyList<string>? cells;

    /// <summary>Why the last `review apply` of this change could not write it; null once an apply writes it (or none failed).</summary>
    public string? Conflict { get; init; }

    public string Status { get; init; } = ItemStatus.Open;

    public string? Response { get; init; }

    public bool IsComment => Kind == "comment";
}
