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

    /// <summary>
    /// The chapter and section a source line stood in; empty names for a file outside the release's
    /// chapters. Sections a template loop writes all stand on the loop's line: the one whose title the
    /// item's own text names is taken, and none when that does not tell (a wrong section misleads more
    /// than a blank one).
    /// </summary>
    public (string Chapter, string Section) Where(string file, int line, string? itemText = null)
    {
        var chapter = Chapters.FirstOrDefault(c => c.File == file);
        if (chapter is null) return ("", "");
        var section = chapter.Sections.LastOrDefault(s => s.Line <= line);
        if (section is null) return (chapter.Name, "");
        var sameLine = chapter.Sections.Where(s => s.Line == section.Line).ToList();
        if (sameLine.Count == 1) return (chapter.Name, section.Name);
        var named = itemText is null ? new List<OutlineSection>() : sameLine.Where(s => itemText.Contains(Unnumbered(s.Name), StringComparison.OrdinalIgnoreCase)).ToList();
        return (chapter.Name, named.Count == 1 ? named[0].Name : "");
    }

    /// <summary>A section's name without its number ("B.2 Quito" → "Quito").</summary>
    private static string Unnumbered(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && char.IsDigit(name[space - 1]) ? name[(space + 1)..] : name;
    }

    private static string Name(HeadingBlock? heading, Chapter chapter, Document release)
    {
        var title = heading is null ? chapter.Title : PlainText.Of(heading.Inline).Trim();
        var number = heading is null ? chapter.Number : release.Numbering.HeadingNumber(heading);
        if (number is null) return title;
        return chapter.Kind == ChapterKind.Annex && heading?.Level == 1 ? $"Anexo {number}. {title}" : $"{number} {title}";
    }
}
