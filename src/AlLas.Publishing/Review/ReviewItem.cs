namespace AlLas.Publishing.Review;

/// <summary>
/// Something a reviewer left in a returned draft: a comment (or a reply) or a revision.
/// Author and date are what the word processor recorded; Location is where it sits in the docx,
/// null when the docx does not anchor it anywhere (a comment that no story references).
/// </summary>
public abstract record ReviewItem(string Author, DateTimeOffset? Date, DocxLocation? Location);

/// <summary>
/// A reviewer's comment. Text is the comment's body as Markdown (paragraphs, bold, italic, links);
/// Quote is the commented text as Word shows it with all marks (deleted and inserted text alike),
/// empty for a comment on a point. Parent is the id of the comment this one answers.
/// </summary>
public sealed record ReviewComment(
    string Id,
    string? Parent,
    string Author,
    string? Initials,
    DateTimeOffset? Date,
    bool Resolved,
    string Text,
    string Quote,
    DocxLocation? Location) : ReviewItem(Author, Date, Location)
{
    /// <summary>The reviewer's account where the producer records one (people.xml), e.g. an e-mail.</summary>
    public string? AuthorId { get; init; }
}

/// <summary>
/// One tracked change. Text is the inserted, deleted or moved text for text changes, and the text
/// the change applies to for formatting, paragraph, row and cell changes (empty for a paragraph mark).
/// </summary>
public sealed record ReviewRevision(
    RevisionKind Kind,
    string Author,
    DateTimeOffset? Date,
    string Text,
    DocxLocation? Location) : ReviewItem(Author, Date, Location);

/// <summary>Everything a reviewer left in one docx: comments (replies included) and revisions, in document order.</summary>
public sealed record ReviewExtract(string File, IReadOnlyList<ReviewComment> Comments, IReadOnlyList<ReviewRevision> Revisions)
{
    /// <summary>Every paragraph of every story part, in the order and numbering of <see cref="DocxLocation"/>.</summary>
    public IReadOnlyList<DocxParagraph> Paragraphs { get; init; } = [];

    /// <summary>What the file says about itself: custom properties by name, plus "lastModifiedBy" and "application".</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// One w:p of a story part: its original text (before the reviewer's revisions, as offsets of
/// <see cref="DocxLocation"/> count) and the text shown with every mark.
/// </summary>
public sealed record DocxParagraph(string Part, int Index, string OriginalText, string ShownText);
