namespace AlLas.Publishing.Content;

/// <summary>
/// A range of a source file, 1-based lines and columns, end inclusive. File is relative to the
/// repository root with forward slashes, so that messages and review registers read the same everywhere.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan At(string file, int line, int column) => new(file, line, column, line, column);

    public override string ToString() => $"{File}({Line},{Column})";
}
