namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// What the Word file says about itself beyond its content. DocumentId, ReleaseLabel and SourceCommit
/// become custom document properties (names in <see cref="Package.DocxProperties"/>), so that a docx
/// coming back from review can say which document and release it was made from.
/// </summary>
public sealed record DocxOptions
{
    /// <summary>The reference docx to take styles, numbering, theme, fonts and page setup from; null: the built-in ones.</summary>
    public string? ReferenceDocx { get; init; }

    /// <summary>The reference docx already read (see <see cref="IDocumentWriter.Prepare"/>); null: read <see cref="ReferenceDocx"/>.</summary>
    public Styling.DocxReference? Reference { get; init; }

    public string? DocumentId { get; init; }

    /// <summary>"v0.2-preliminar" for a release; null for a working draft.</summary>
    public string? ReleaseLabel { get; init; }

    public string? SourceCommit { get; init; }

    /// <summary>Core property "creator"; the project name serves.</summary>
    public string? Author { get; init; }

    /// <summary>Author of the revisions and comments written from CriticMarkup in the sources.</summary>
    public string ProposalAuthor { get; init; } = "Redacción";

    /// <summary>
    /// Pages of the table of contents' entries as a word processor laid the document out, by heading
    /// bookmark; entries it does not name keep the estimate. Null: all estimated.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ContentsPages { get; init; }

    /// <summary>Work beyond the plain draft, such as tracked changes against a release; null for a plain draft.</summary>
    public IDocxExtension? Extension { get; init; }
}
