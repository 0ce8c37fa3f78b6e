using AlLas.Publishing.Content;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// Where one character of rendered text came from: offsets [Start, End] (inclusive) of a source file.
/// Verbatim: the character is written there as it reads; otherwise the range is whatever produced it
/// (a template tag, a cross-reference, a citation key). Computed: the word processor works the
/// character out itself (a cross-reference's or a caption number's field result, a number the writer
/// adds) and may write it differently on saving.
/// </summary>
public readonly record struct SourceChar(SourceText Source, int Start, int End, bool Verbatim, bool Computed = false);

/// <summary>A paragraph of a release as a reviewer saw it, whose characters know their source.</summary>
public abstract class TextTarget
{
    /// <summary>The docx part the paragraph is written to ("word/document.xml", "word/footnotes.xml").</summary>
    public abstract string Part { get; }

    public abstract string Text { get; }

    /// <summary>The source of character <paramref name="index"/> of <see cref="Text"/>, or null where the text has none.</summary>
    public abstract SourceChar? At(int index);

    /// <summary>
    /// Where <see cref="Text"/> holds field results the word processor computes (a cross-reference's
    /// number, a caption's number), read from the release's own Word file; null when not known.
    /// </summary>
    public virtual IReadOnlyList<FieldResult>? FieldResults => null;

    /// <summary>The kind of Markdown block the paragraph is written from; null when not known.</summary>
    public virtual BlockKind? Kind => null;
}

/// <summary>What a paragraph is in the Markdown, as far as adding or removing a blank line in it goes.</summary>
public enum BlockKind
{
    /// <summary>A paragraph at the top level of a chapter (or of a ::: container).</summary>
    Paragraph,
    Heading,
    FigureCaption,
    TableCaption,
    TableCell,
    ListItem,
    Footnote,
    Quote,
    Other,
}
