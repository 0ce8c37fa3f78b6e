namespace AlLas.Publishing.Content;

/// <summary>
/// The text of one source file with its line starts, so that offsets turn into 1-based line and
/// column the way an editor counts them.
/// </summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    public SourceText(string file, string text)
    {
        File = file;
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        lineStarts = starts.ToArray();
    }

    /// <summary>Path relative to the repository root, forward slashes.</summary>
    public string File { get; }

    public string Text { get; }

    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - lineStarts[index] + 1);
    }

    public int Offset(int line, int column)
    {
        var lineIndex = Math.Clamp(line - 1, 0, lineStarts.Length - 1);
        return Math.Min(Text.Length, lineStarts[lineIndex] + Math.Max(0, column - 1));
    }

    /// <summary>The span from offset start to end, both inclusive.</summary>
    public SourceSpan Span(int start, int end)
    {
        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(Math.Max(start, end));
        return new SourceSpan(File, line, column, endLine, endColumn);
    }

    public SourceSpan Point(int offset) => Span(offset, offset);
}
