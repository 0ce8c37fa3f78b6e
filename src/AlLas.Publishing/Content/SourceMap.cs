namespace AlLas.Publishing.Content;

/// <summary>
/// Maps offsets of text handed to the Markdown parser (after front matter was cut and Scriban
/// expanded) back to the source. Verbatim pieces map character by character; text produced by a
/// template expression maps as a whole to the tag that produced it, as a reviewer's comment on a
/// partners table must land on the include that drew the table.
/// </summary>
public sealed class SourceMap
{
    private readonly List<Piece> pieces = [];

    public SourceMap(SourceText source) => Source = source;

    public SourceText Source { get; }

    public string File => Source.File;

    /// <summary>Expanded text [start, start+length) is source text [sourceStart, ...) verbatim.</summary>
    public void AddVerbatim(int start, int length, int sourceStart)
    {
        if (length > 0) pieces.Add(new Piece(start, length, sourceStart, sourceStart + length - 1, true));
    }

    /// <summary>Expanded text [start, start+length) was produced by source [sourceStart, sourceEnd].</summary>
    public void AddGenerated(int start, int length, int sourceStart, int sourceEnd)
    {
        if (length > 0) pieces.Add(new Piece(start, length, sourceStart, sourceEnd, false));
    }

    /// <summary>The source offset range of one expanded offset.</summary>
    public (int Start, int End, bool Verbatim) Locate(int offset)
    {
        if (pieces.Count == 0) return (offset, offset, true);
        var lo = 0;
        var hi = pieces.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (pieces[mid].Start <= offset) lo = mid; else hi = mid - 1;
        }
        var piece = pieces[lo];
        if (piece.Verbatim)
        {
            var at = piece.SourceStart + Math.Clamp(offset - piece.Start, 0, piece.Length - 1);
            return (at, at, true);
        }
        return (piece.SourceStart, piece.SourceEnd, false);
    }

    public int ToSourceOffset(int offset) => Locate(offset).Start;

    /// <summary>The source span of expanded text [start, end], end inclusive.</summary>
    public SourceSpan ToSource(int start, int end)
    {
        var first = Locate(start);
        var last = Locate(Math.Max(start, end));
        return Source.Span(first.Start, Math.Max(first.Start, last.End));
    }

    public SourceSpan ToSource(Markdig.Syntax.SourceSpan span) =>
        ToSource(Math.Max(0, span.Start), Math.Max(0, span.End));

    private readonly record struct Piece(int Start, int Length, int SourceStart, int SourceEnd, bool Verbatim);
}
