using System.Text;
using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// The text a block of the model becomes in a Word paragraph, each character with the source it came
/// from: literal text maps character by character, text the build generates (cross-references,
/// citations, typographic quotes, caption numbers, template output) maps to what produced it.
/// </summary>
public sealed class BlockText : TextTarget
{
    private readonly string text;
    private readonly int[] starts;
    private readonly int[] ends;
    private readonly bool[] verbatim;
    private readonly bool[] computed;

    internal BlockText(string part, Chapter chapter, Block block, SourceText source, string text, int[] starts, int[] ends, bool[] verbatim, bool[] computed)
    {
        Part = part;
        Chapter = chapter;
        Block = block;
        Source = source;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.verbatim = verbatim;
        this.computed = computed;
    }

    public override string Part { get; }

    public override string Text => text;

    public Chapter Chapter { get; }

    public Block Block { get; }

    public SourceText Source { get; }

    public override SourceChar? At(int index) =>
        index < 0 || index >= text.Length ? null : new SourceChar(Source, starts[index], ends[index], verbatim[index], computed[index]);

    /// <summary>The source range of the whole block, as produced.</summary>
    public SourceChar Whole => text.Length == 0
        ? new SourceChar(Source, 0, 0, false)
        : new SourceChar(Source, starts.Min(), ends.Max(), false, true);

    public override string ToString() => $"{Part} {Source.File}: {text}";

    public override BlockKind? Kind => KindOf(Block);

    /// <summary>What a block is in the Markdown: a paragraph of its own, or part of a heading, a list, a note, a table...</summary>
    public static BlockKind KindOf(Block block)
    {
        switch (block)
        {
            case HeadingBlock: return BlockKind.Heading;
            case FigureBlock: return BlockKind.FigureCaption;
            case TableCaptionBlock: return BlockKind.TableCaption;
            case not ParagraphBlock: return BlockKind.Other;
        }
        for (var parent = block.Parent; parent is not null and not MarkdownDocument; parent = parent.Parent)
        {
            switch (parent)
            {
                case Markdig.Extensions.Tables.TableCell or Markdig.Extensions.Tables.TableRow or Markdig.Extensions.Tables.Table:
                    return BlockKind.TableCell;
                case ListItemBlock or ListBlock:
                    return BlockKind.ListItem;
                case Footnote or FootnoteGroup:
                    return BlockKind.Footnote;
                case QuoteBlock:
                    return BlockKind.Quote;
                case Markdig.Extensions.CustomContainers.CustomContainer:
                    continue;
                default:
                    return BlockKind.Other;
            }
        }
        return BlockKind.Paragraph;
    }

    /// <summary>Every block of a document that becomes a Word paragraph with text, in the order Word shows them within each part.</summary>
    public static IReadOnlyList<BlockText> Of(Document document)
    {
        var result = new List<BlockText>();
        foreach (var chapter in document.Chapters)
            new Walker(chapter, document.Language, result).Container(chapter.Markdown, Parts.Body);
        // Word keeps footnotes in their own part; in it they follow the order of the chapters.
        return result.Where(b => b.Part == Parts.Body).Concat(result.Where(b => b.Part != Parts.Body)).ToList();
    }

    public static class Parts
    {
        public const string Body = "word/document.xml";
        public const string Footnotes = "word/footnotes.xml";
    }

    private sealed class Walker(Chapter chapter, string language, List<BlockText> output)
    {
        public void Container(ContainerBlock container, string part)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case FootnoteGroup group:
                        Container(group, Parts.Footnotes);
                        break;
                    case Markdig.Extensions.Tables.Table table:
                        if (TableCaptionBlock.Of(table) is { } caption) Caption(caption, caption.Target?.CaptionPrefix, caption.Inline, part);
                        Container(table, part);
                        break;
                    case TableCaptionBlock:
                        break; // written above its table
                    case FigureBlock figure:
                        Caption(figure, figure.Target?.CaptionPrefix, figure.Caption, part);
                        break;
                    case HeadingBlock or ParagraphBlock:
                        Leaf((LeafBlock)block, part, null);
                        break;
                    case CodeBlock code:
                        Code(code, part);
                        break;
                    case ContainerBlock inner:
                        Container(inner, part);
                        break;
                }
            }
        }

        private void Caption(LeafBlock block, string? prefix, ContainerInline? inline, string part)
        {
            var builder = new Builder(chapter.MapOf(block));
            if (prefix is not null) builder.Generated(prefix + ". ", block.Span.Start, block.Span.End, computed: true);
            // A figure's caption is the image's own children; the image itself is no text.
            for (var child = inline?.FirstChild; child is not null; child = child.NextSibling) Inlines(builder, child);
            Add(builder, block, part);
        }

        private void Leaf(LeafBlock block, string part, string? prefix)
        {
            var builder = new Builder(chapter.MapOf(block));
            if (prefix is not null) builder.Generated(prefix, block.Span.Start, block.Span.End);
            Inlines(builder, block.Inline);
            Add(builder, block, part);
        }

        private void Code(CodeBlock code, string part)
        {
            var builder = new Builder(chapter.MapOf(code));
            var lines = code.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines.Lines[i];
                if (i > 0) builder.Generated("\n", line.Position, line.Position);
                builder.Literal(line.Slice.ToString(), line.Position, line.Position + line.Slice.Length - 1);
            }
            Add(builder, code, part);
        }

        private void Add(Builder builder, Block block, string part)
        {
            if (builder.Length == 0) return;
            output.Add(builder.Build(part, chapter, block));
        }

        private void Inlines(Builder builder, Inline? inline)
        {
            switch (inline)
            {
                case null:
                case FootnoteLink:
                case HtmlInline:
                    return;
                case LiteralInline literal:
                    builder.Literal(literal.Content.ToString(), literal.Span.Start, literal.Span.End);
                    return;
                case CodeInline code:
                    builder.Literal(code.Content, code.Span.Start, code.Span.End);
                    return;
                case LineBreakInline lineBreak:
                    builder.Generated(lineBreak.IsHard ? "\n" : " ", lineBreak.Span.Start, lineBreak.Span.End);
                    return;
                case HtmlEntityInline entity:
                    builder.Generated(entity.Transcoded.ToString(), entity.Span.Start, entity.Span.End);
                    return;
                case SmartyPant pant:
                    builder.Generated(PublicationMarkdown.Text(pant, language), pant.Span.Start, pant.Span.End);
                    return;
                case CrossReferenceInline reference:
                    builder.Generated(reference.Text, reference.Span.Start, reference.Span.End, computed: true);
                    return;
                case CitationInline citation:
                    builder.Generated(citation.Text ?? "", citation.Span.Start, citation.Span.End);
                    return;
                case PendingInline pending:
                    builder.Generated("Pendiente: ", pending.Span.Start, pending.Span.End);
                    builder.Literal(pending.Text, pending.Span.Start, pending.Span.End);
                    return;
                case CriticMarkupInline critic:
                    // The reviewer's original text holds what a revision deleted, not what it inserted.
                    if (critic.Kind is CriticKind.Delete or CriticKind.Substitute or CriticKind.Highlight)
                        builder.Literal(critic.Text, critic.Span.Start, critic.Span.End);
                    return;
                case AutolinkInline autolink:
                    builder.Literal(autolink.Url, autolink.Span.Start, autolink.Span.End);
                    return;
                case LinkInline { IsImage: true }:
                    return;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) Inlines(builder, child);
                    return;
            }
        }
    }

    /// <summary>Collects text and, per character, its source range.</summary>
    private sealed class Builder(SourceMap map)
    {
        private readonly StringBuilder text = new();
        private readonly List<int> starts = [];
        private readonly List<int> ends = [];
        private readonly List<bool> verbatim = [];
        private readonly List<bool> computed = [];

        public int Length => text.Length;

        /// <summary>
        /// Text that stands in the expanded source between <paramref name="spanStart"/> and
        /// <paramref name="spanEnd"/>: found there, it maps character by character (through the
        /// template map); not found (escapes, trimmed captions), it maps to the whole span.
        /// </summary>
        public void Literal(string value, int spanStart, int spanEnd)
        {
            if (value.Length == 0) return;
            if (spanStart < 0 || spanEnd < spanStart)
            {
                Generated(value, Math.Max(0, spanStart), Math.Max(0, spanStart));
                return;
            }
            var at = Find(value, spanStart, spanEnd);
            if (at < 0)
            {
                Generated(value, spanStart, spanEnd);
                return;
            }
            for (var i = 0; i < value.Length; i++)
            {
                var (start, end, isVerbatim) = map.Locate(at + i);
                Append(value[i], start, end, isVerbatim);
            }
        }

        public void Generated(string value, int spanStart, int spanEnd, bool computed = false)
        {
            if (value.Length == 0) return;
            spanStart = Math.Max(0, spanStart);
            spanEnd = Math.Max(spanStart, spanEnd);
            var first = map.Locate(spanStart);
            var last = map.Locate(spanEnd);
            var end = Math.Max(first.Start, last.End);
            foreach (var c in value) Append(c, first.Start, end, false, computed);
        }

        /// <summary>Where in the expanded span the value starts, comparing through the source; -1 if nowhere.</summary>
        private int Find(string value, int spanStart, int spanEnd)
        {
            var source = map.Source.Text;
            for (var at = spanStart; at + value.Length - 1 <= spanEnd; at++)
            {
                var all = true;
                for (var i = 0; i < value.Length && all; i++)
                {
                    var (start, _, isVerbatim) = map.Locate(at + i);
                    // Generated text cannot be compared with the source; a template's output is trusted to sit where its span says.
                    all = !isVerbatim || (start < source.Length && source[start] == value[i]);
                }
                if (all) return at;
            }
            return -1;
        }

        private void Append(char c, int start, int end, bool isVerbatim, bool isComputed = false)
        {
            computed.Add(isComputed);
            text.Append(c);
            starts.Add(start);
            ends.Add(end);
            verbatim.Add(isVerbatim);
        }

        public BlockText Build(string part, Chapter chapter, Block block) =>
            new(part, chapter, block, map.Source, text.ToString(), [.. starts], [.. ends], [.. verbatim], [.. computed]);
    }
}
