using AlLas.Publishing.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = AlLas.Publishing.Content.SourceSpan;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// A document of the publication as the Word writer sees it: the cover chapter; credits and
/// disclaimer (chapters drawn from templates) before the table of contents; then the writers'
/// unnumbered chapters, the numbered chapters and the annexes.
/// </summary>
public static class PublicationManuscript
{
    public static DocxManuscript From(Document document, Publication publication)
    {
        DocxChapter Map(Chapter chapter, DocxChapterKind kind) => new(
            chapter.Markdown,
            kind,
            chapter.File,
            Path.GetDirectoryName(Path.Combine(publication.Root, chapter.File)),
            node => node switch
            {
                Block block => chapter.SpanOf(block),
                Inline inline => chapter.SpanOf(inline),
                _ => SourceSpan.At(chapter.File, 1, 1),
            });

        var cover = document.Cover is { } c ? Map(c, DocxChapterKind.Cover) : null;
        return new DocxManuscript
        {
            Title = document.Manifest.Title,
            Subtitle = document.Manifest.Subtitle,
            Language = document.Language,
            HeaderText = document.Manifest.ShortTitle,
            HeaderRightText = publication.Tagline,
            FooterText = publication.FundingLine,
            Cover = cover,
            BackCover = document.BackCover is { } back ? Map(back, DocxChapterKind.Cover) : null,
            Preliminaries = document.FrontMatter.Where(f => f.IsTemplate).Select(f => Map(f, DocxChapterKind.Preliminary)).ToList(),
            Chapters = document.Chapters
                .Where(ch => ch.Kind is not (ChapterKind.Cover or ChapterKind.BackCover) && !(ch.Kind == ChapterKind.Front && ch.IsTemplate))
                .Select(ch => Map(ch, ch.Kind switch
                {
                    ChapterKind.Body => DocxChapterKind.Numbered,
                    ChapterKind.Annex => DocxChapterKind.Annex,
                    _ => DocxChapterKind.Unnumbered,
                }))
                .ToList(),
        };
    }

    /// <summary>Document id, release label and source commit for the custom properties; the project name as author.</summary>
    public static DocxOptions Options(Document document, Publication publication, string? referenceDocx) => new()
    {
        ReferenceDocx = referenceDocx,
        DocumentId = document.Id,
        ReleaseLabel = publication.Release.Label,
        SourceCommit = publication.Release.Commit,
        Author = publication.Project.GetString("name"),
    };
}
