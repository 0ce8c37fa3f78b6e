using System.Text;
using AlLas.Publishing.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace AlLas.Publishing.Content;

/// <summary>What the build's summary says of a document: words, estimated pages against the budget, pending work.</summary>
public sealed record DocumentStats(string DocumentId, int? PageBudget, IReadOnlyList<ChapterStats> Chapters)
{
    /// <summary>Words an A4 page of Body Text holds at 11 pt with the reference styles, measured on the PDF of our drafts.</summary>
    public const double WordsPerPage = 430;

    public int BodyWords => Chapters.Where(c => c.Kind != ChapterKind.Annex).Sum(c => c.Words);

    public int AnnexWords => Chapters.Where(c => c.Kind == ChapterKind.Annex).Sum(c => c.Words);

    public double BodyPages => Chapters.Where(c => c.Kind != ChapterKind.Annex).Sum(c => c.EstimatedPages);

    public double AnnexPages => Chapters.Where(c => c.Kind == ChapterKind.Annex).Sum(c => c.EstimatedPages);

    public int Pending => Chapters.Sum(c => c.Pending);

    public static DocumentStats Of(Document document) => new(
        document.Id,
        document.Manifest.PageBudget,
        document.Chapters.Where(c => !c.IsTemplate).Select(ChapterStats.Of).ToList());
}

public sealed record ChapterStats(string File, string Title, ChapterKind Kind, int Words, int Figures, int Tables, int Pending)
{
    /// <summary>A chapter starts on a new page; figures and tables take room beyond their words.</summary>
    public double EstimatedPages => Words / DocumentStats.WordsPerPage + Figures * 0.4 + Tables * 0.25 + 0.3;

    public static ChapterStats Of(Chapter chapter)
    {
        var words = 0;
        var text = new StringBuilder();
        foreach (var leaf in chapter.Markdown.Descendants<LeafBlock>())
        {
            text.Clear();
            PlainText.AppendTo(text, leaf is FigureBlock figure ? figure.Caption : leaf.Inline);
            words += WordsIn(text);
        }
        return new ChapterStats(
            chapter.File,
            chapter.Title,
            chapter.Kind,
            words,
            chapter.Markdown.Descendants<FigureBlock>().Count(),
            chapter.Markdown.Descendants<Table>().Count(),
            chapter.Markdown.Descendants<PendingInline>().Count());
    }

    /// <summary>Runs of non-space characters with a letter or digit among them; counted in place, as every build counts every word.</summary>
    private static int WordsIn(StringBuilder text)
    {
        var words = 0;
        var counted = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c)) counted = false;
                else if (!counted && char.IsLetterOrDigit(c))
                {
                    words++;
                    counted = true;
                }
            }
        }
        return words;
    }
}
