namespace AlLas.Publishing.Review.Import;

/// <summary>
/// Where a review item lands in the sources of its release: 1-based line and column, end inclusive,
/// file relative to the repository root, and the source text there. An insertion lands on a point:
/// its Quote is empty and Line/Column (= EndLine/EndColumn) is where the text goes. Before and After
/// are the source text around the span, so that the span can be found again once the file moved on.
/// </summary>
public sealed record SourceLocation(string File, int Line, int Column, int EndLine, int EndColumn, string Quote, string Before, string After)
{
    public bool IsPoint => Quote.Length == 0;

    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>How one item maps: a source location, or the reason why it has none.</summary>
public sealed record ItemMapping(SourceLocation? Source, string? Unmapped)
{
    /// <summary>Where a range that runs on into other source files continues, in order (Source is its part in the first file).</summary>
    public IReadOnlyList<SourceLocation> Continues { get; init; } = [];

    /// <summary>Why `review apply` cannot write this change by itself and the writers must decide it by hand; null when it can.</summary>
    public string? Manual { get; init; }

    /// <summary>For a formatting change: what changed (see <see cref="RunFormatting"/>).</summary>
    public string? Formatting { get; init; }

    /// <summary>For an inserted or deleted table row: its cells' text, as the reviewer's file shows them.</summary>
    public IReadOnlyList<string>? Cells { get; init; }

    public static ItemMapping To(SourceLocation source) => new(source, null);

    public static ItemMapping None(string reason) => new(null, reason);
}
