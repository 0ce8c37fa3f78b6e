using AlLas.Publishing.Content;

namespace AlLas.Publishing;

/// <summary>
/// Bad input a user can fix: the message names where (source span, or a docx part) and what.
/// The CLI prints it compiler-style and exits with code 2.
/// </summary>
public class SourceException : Exception
{
    public SourceException(string location, string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Location = location;
        Code = code;
    }

    public SourceException(SourceSpan span, string code, string message, Exception? inner = null)
        : this(span.ToString(), code, message, inner)
    {
        Span = span;
    }

    /// <summary>Where the problem is: "file(line,col)", a file path, or "file.docx:word/document.xml".</summary>
    public string Location { get; }

    /// <summary>A stable diagnostic code, "AL0012", so that editors and CI can match it.</summary>
    public string Code { get; }

    public SourceSpan? Span { get; }

    public string Diagnostic => $"{Location}: error {Code}: {Message}";
}
