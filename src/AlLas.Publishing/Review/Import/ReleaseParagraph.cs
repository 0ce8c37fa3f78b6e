namespace AlLas.Publishing.Review.Import;

/// <summary>
/// A paragraph of the release's own Word file, paired with the block it was rendered from. Its
/// text is exactly what the reviewer received, so a reviewer's edit made without Track Changes shows
/// up against it and nothing else; characters the block does not account for (numbers, separators
/// the writer adds) map to the block as a whole.
/// </summary>
public sealed class ReleaseParagraph : TextTarget
{
    private readonly CharacterMap? toBlock;

    public ReleaseParagraph(DocxParagraph paragraph, BlockText? block)
    {
        Paragraph = paragraph;
        Block = block;
        if (block is not null) toBlock = TextDiff.CharacterMap(paragraph.OriginalText, block.Text);
    }

    public DocxParagraph Paragraph { get; }

    public BlockText? Block { get; }

    public override string Part => Paragraph.Part;

    public override string Text => Paragraph.OriginalText;

    public override BlockKind? Kind => Block?.Kind;

    /// <summary>The field results of this paragraph in the release's Word file, when read (<see cref="DocxDetails"/>).</summary>
    public IReadOnlyList<FieldResult>? Fields { get; init; }

    public override IReadOnlyList<FieldResult>? FieldResults => Fields;

    public override SourceChar? At(int index)
    {
        if (Block is null || toBlock is not { } map || index < 0 || index >= map.Length) return null;
        return map[index] >= 0 ? Block.At(map[index]) : Block.Whole;
    }

    /// <summary>The release's paragraphs, each paired with its block where one matches (per part, in order), with their field results when <paramref name="details"/> are given.</summary>
    public static IReadOnlyList<ReleaseParagraph> Pair(IReadOnlyList<DocxParagraph> paragraphs, IReadOnlyList<BlockText> blocks, DocxDetails? details = null)
    {
        var result = new List<ReleaseParagraph>();
        foreach (var part in paragraphs.GroupBy(p => p.Part))
        {
            var ours = part.ToList();
            var candidates = blocks.Where(b => b.Part == part.Key).ToList();
            var match = ParagraphAligner.Align(ours.Select(p => p.OriginalText).ToList(), candidates.Select(b => b.Text).ToList());
            for (var i = 0; i < ours.Count; i++)
                result.Add(new ReleaseParagraph(ours[i], match[i] >= 0 ? candidates[match[i]] : null)
                {
                    Fields = details?.Of(ours[i].Part, ours[i].Index, ours[i].OriginalText)?.Fields,
                });
        }
        return result;
    }
}
