using AlLas.Publishing.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AlLas.Publishing.Content;

/// <summary>
/// Numbers chapters (1, 2...), annexes (A, B...), their sections (4.2, B.1), figures and tables
/// (one sequence per document), and knows what every label names, so both writers print the same
/// numbers and cross-references.
/// </summary>
public sealed class Numbering
{
    private readonly Dictionary<string, LabelTarget> labels = new(StringComparer.Ordinal);
    private readonly Dictionary<HeadingBlock, string> headingNumbers = [];
    private readonly HashSet<string> anchors = new(StringComparer.Ordinal);

    private static readonly object DerivedAnchor = new();

    public IReadOnlyDictionary<string, LabelTarget> Labels => labels;

    public string? HeadingNumber(HeadingBlock heading) => headingNumbers.GetValueOrDefault(heading);

    public LabelTarget? Find(string label) => labels.GetValueOrDefault(label);

    public static Numbering Assign(IReadOnlyList<Chapter> chapters, Diagnostics diagnostics)
    {
        var numbering = new Numbering();
        var chapterNumber = 0;
        var annexNumber = 0;
        var figureNumber = 0;
        var tableNumber = 0;
        foreach (var chapter in chapters)
        {
            chapter.Number = chapter.Kind switch
            {
                ChapterKind.Body => (++chapterNumber).ToString(),
                ChapterKind.Annex => ((char)('A' + annexNumber++)).ToString(),
                _ => null,
            };
            var counters = new int[7];
            // Blocks only: what is numbered is headings, figures and tables; the inlines are most of a chapter.
            foreach (var block in chapter.Markdown.Descendants<Block>())
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        numbering.NumberHeading(chapter, heading, counters, diagnostics);
                        break;
                    case FigureBlock figure:
                        figure.Target = new LabelTarget(figure.Label ?? "", LabelKind.Figure, (++figureNumber).ToString(), PlainText.Of(figure.Caption));
                        numbering.Register(chapter, figure, figure.Target, diagnostics);
                        break;
                    case TableCaptionBlock caption:
                        caption.Target = new LabelTarget(caption.Label ?? "", LabelKind.Table, (++tableNumber).ToString(), PlainText.Of(caption.Inline));
                        numbering.Register(chapter, caption, caption.Target, diagnostics);
                        break;
                }
            }
        }
        return numbering;
    }

    private void NumberHeading(Chapter chapter, HeadingBlock heading, int[] counters, Diagnostics diagnostics)
    {
        string? number = null;
        if (chapter.Number is not null && heading.Level >= 1)
        {
            counters[heading.Level]++;
            for (var level = heading.Level + 1; level < counters.Length; level++) counters[level] = 0;
            number = heading.Level == 1
                ? chapter.Number
                : chapter.Number + "." + string.Join('.', counters.Skip(2).Take(heading.Level - 1));
            headingNumbers[heading] = number;
        }
        // A heading numbered before (a chapter kept by the preview between saves) derives its anchor again.
        var id = heading.GetData(DerivedAnchor) is null ? heading.TryGetAttributes()?.Id : null;
        if (id is null)
        {
            // Every heading needs an anchor for the TOC and the HTML navigation; ids a writer did not give
            // are derived from the title, unique within the document, and cannot be referenced.
            heading.GetAttributes().Id = UniqueAnchor(Anchor.Slug(PlainText.Of(heading.Inline)));
            heading.SetData(DerivedAnchor, true);
            return;
        }
        anchors.Add(id);
        var kind = heading.Level == 1 ? (chapter.Kind == ChapterKind.Annex ? LabelKind.Annex : LabelKind.Chapter) : LabelKind.Section;
        Register(chapter, heading, new LabelTarget(id, kind, number, PlainText.Of(heading.Inline)), diagnostics);
    }

    private string UniqueAnchor(string slug)
    {
        var anchor = slug;
        for (var i = 2; !anchors.Add(anchor); i++) anchor = $"{slug}-{i}";
        return anchor;
    }

    private void Register(Chapter chapter, Block block, LabelTarget target, Diagnostics diagnostics)
    {
        if (target.Label.Length == 0) return;
        if (!labels.TryAdd(target.Label, target))
            diagnostics.Error(chapter.SpanOf(block), "AL0021", $"la etiqueta '{target.Label}' ya se usó en este documento");
    }
}
