using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using Markdig.Syntax;

namespace AlLas.Publishing.Review.Matrix;

/// <summary>A chapter of the release as the matrix names it, with its sections (headings below the title) by source line, in order.</summary>
public sealed record OutlineChapter(string File, string Name, IReadOnlyList<OutlineSection> Sections);

public sealed record OutlineSection(int Line, string Name);

/// <summary>
/// What the matrix needs of the release's document: its title and the numbered names of its chapters
/// and sections, by source file and line. Small enough to keep with the release, so that the redline's
/// matrix needs no load of the release's sources.
/// </summary>
public sealed record ReleaseOutline(string Title, IReadOnlyList<OutlineChapter> Chapters)
{
    public static ReleaseOutline Of(Document release) => new(release.Manifest.Title, release.Chapters.Select(chapter => new OutlineChapter(
        chapter.File,
        Name(chapter.TitleHeading, chapter, release),
        chapter.Markdown.Descendants<HeadingBlock>().Where(h => h.Level >= 2)
            .Select(h => new OutlineSection(chapter.SpanOf(h).Line, Name(h, chapter, release))).ToList())).ToList());

    /// <summary>The chapter and section a source line stood in; empty names for a file outside the release's chapters.</summary>
    public (string Chapter, string Section) Where(string file, int line)
    {
        var chapter = Chapters.FirstOrDefault(c => c.File == file);
        if (chapter is null) return ("", "");
        var section = chapter.Sections.LastOrDefault(s => s.Line <= line);
        return (chapter.Name, section?.Name ?? "");
    }

    private static string Name(HeadingBlock? heading, Chapter chapter, Document release)
    {
        var title = heading is null ? chapter.Title : PlainText.Of(heading.Inline).Trim();
        var number = heading is null ? chapter.Number : release.Numbering.HeadingNumber(heading);
        if (number is null) return title;
        return chapter.Kind == ChapterKind.Annex && heading?.Level == 1 ? $"Anexo {number}. {title}" : $"{number} {title}";
    }
}
