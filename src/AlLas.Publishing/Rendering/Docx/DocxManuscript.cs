using AlLas.Publishing.Content;
using Markdig.Syntax;
using SourceSpan = AlLas.Publishing.Content.SourceSpan;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>One Markdown document to render, with where it came from.</summary>
/// <param name="Markdown">The parsed chapter.</param>
/// <param name="Kind">Decides heading styles, numbers and the section the chapter lands in.</param>
/// <param name="SourceFile">Repository-relative path, for messages.</param>
/// <param name="BaseDirectory">Folder that relative image paths start from.</param>
/// <param name="Locate">Maps a node to its source span (through template expansion); null: the node's own line and column in <paramref name="SourceFile"/>.</param>
public sealed record DocxChapter(
    MarkdownDocument Markdown,
    DocxChapterKind Kind,
    string SourceFile,
    string? BaseDirectory = null,
    Func<MarkdownObject, SourceSpan>? Locate = null);

/// <summary>
/// Everything a Word file is made of, in reading order: the cover, the preliminaries (credits,
/// disclaimer) followed by the table of contents, then chapters and annexes.
/// </summary>
public sealed record DocxManuscript
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }

    /// <summary>The cover page: `#` is the title, `##` the subtitle, paragraphs the cover's other lines. Null: title and subtitle alone.</summary>
    public DocxChapter? Cover { get; init; }

    public string Language { get; init; } = Styling.DefaultStyles.Language;

    /// <summary>Header text of every page after the cover, at its left: the document's short title.</summary>
    public string? HeaderText { get; init; }

    /// <summary>Header text at the right of every page after the cover ("AL-LAs · Ciudades al mundo").</summary>
    public string? HeaderRightText { get; init; }

    /// <summary>Footer text of every page after the cover, before the page number ("Proyecto financiado por la UE").</summary>
    public string? FooterText { get; init; }

    public IReadOnlyList<DocxChapter> Preliminaries { get; init; } = [];

    /// <summary>Heading of the table of contents; null leaves the table out.</summary>
    public string? ContentsTitle { get; init; } = "Índice";

    /// <summary>Chapters then annexes; the first annex opens the annex section.</summary>
    public IReadOnlyList<DocxChapter> Chapters { get; init; } = [];

    /// <summary>The back cover (the partners, the EU emblem), on a last page without header or footer; null: none.</summary>
    public DocxChapter? BackCover { get; init; }
}
