namespace AlLas.Publishing.Content;

/// <summary>One deliverable of the publication (the executive summary, a cuaderno's base document), ready to render.</summary>
public sealed class Document
{
    public required string Id { get; init; }

    /// <summary>The document's folder, relative to the repository root.</summary>
    public required string Folder { get; init; }

    public required DocumentManifest Manifest { get; init; }

    /// <summary>Cover, front matter, body chapters and annexes, in reading order.</summary>
    public required IReadOnlyList<Chapter> Chapters { get; init; }

    public required Numbering Numbering { get; init; }

    /// <summary>The works cited, in order of first citation.</summary>
    public required IReadOnlyList<Work> CitedWorks { get; init; }

    public Chapter? Cover => Chapters.FirstOrDefault(c => c.Kind == ChapterKind.Cover);

    public Chapter? BackCover => Chapters.FirstOrDefault(c => c.Kind == ChapterKind.BackCover);

    public IEnumerable<Chapter> FrontMatter => Chapters.Where(c => c.Kind == ChapterKind.Front);

    public IEnumerable<Chapter> Body => Chapters.Where(c => c.Kind is ChapterKind.Body);

    public IEnumerable<Chapter> Annexes => Chapters.Where(c => c.Kind is ChapterKind.Annex);

    /// <summary>Chapters a reader finds in the table of contents: unnumbered ones of the writers, the body and the annexes.</summary>
    public IEnumerable<Chapter> Contents => Chapters.Where(c => c.Kind is ChapterKind.Body or ChapterKind.Annex || (c.Kind == ChapterKind.Front && !c.IsTemplate));

    public string Language => Manifest.Language;

    /// <summary>Words and estimated pages, counted once: the page budget check and the build's summary both read them.</summary>
    public DocumentStats Stats => stats ??= DocumentStats.Of(this);

    private DocumentStats? stats;
}
