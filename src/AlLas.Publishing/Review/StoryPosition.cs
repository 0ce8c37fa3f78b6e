namespace AlLas.Publishing.Review;

/// <summary>
/// A point in a story part while it is read: paragraph index, offset in its original text and
/// offset in its shown text (everything Word displays with marks on). An offset of -1 stands for
/// "end of that paragraph", known only once the paragraph has been read.
/// </summary>
internal readonly record struct StoryPosition(int Paragraph, int Original, int Shown);

/// <summary>A w:p as read: its original text (before the reviewer's revisions) and its shown text.</summary>
internal sealed class StoryParagraph(int index)
{
    public int Index { get; } = index;
    public System.Text.StringBuilder Original { get; } = new();
    public System.Text.StringBuilder Shown { get; } = new();
}

/// <summary>Collects the shown text of whatever is open while the walker reads on: a comment's range, a row, a run.</summary>
internal abstract class TextSink
{
    public System.Text.StringBuilder Text { get; } = new();

    /// <summary>Paragraph breaks inside a range read as one newline; none at the ends.</summary>
    public string Collected() => Text.ToString().Trim('\n');
}

internal sealed class RevisionDraft(RevisionKind kind, string author, DateTimeOffset? date, StoryPosition start) : TextSink
{
    public RevisionKind Kind { get; } = kind;
    public string Author { get; } = author;
    public DateTimeOffset? Date { get; } = date;
    public StoryPosition Start { get; } = start;
    public StoryPosition End { get; set; } = start;
}

/// <summary>Where a comment is anchored: its range (start to end marker) or, for a point comment, its reference.</summary>
internal sealed class CommentAnchor(string part, StoryPosition start, bool ranged) : TextSink
{
    public string Part { get; } = part;
    public StoryPosition Start { get; } = start;
    public StoryPosition End { get; set; } = start;
    public bool Ranged { get; } = ranged;
    public bool Closed { get; set; }
    public DocxLocation? Location { get; set; }

    /// <summary>Equal for comments on the very same range: how Google Docs writes a reply.</summary>
    public (string, int, int, int, int) RangeKey { get; set; }
}
