using DocumentFormat.OpenXml;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// What one thread's run of <see cref="Tokenizer.Of(DocumentFormat.OpenXml.Wordprocessing.Paragraph, TokenizerScratch)"/>
/// shares from paragraph to paragraph. Most words of a document repeat, and every token lives until
/// the redline is written: one string per distinct word leaves far fewer objects for each collection
/// to mark and move. The working lists are reused, so that only the tokens a paragraph keeps are new.
/// Not for two threads at once.
/// </summary>
internal sealed class TokenizerScratch
{
    private readonly Dictionary<string, string> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public TokenizerScratch() => lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

    public List<Token> Tokens { get; } = [];

    public List<OpenXmlElement> Pending { get; } = [];

    public List<(Tokenizer.Piece? Piece, OpenXmlElement? Marker)> Pieces { get; } = [];

    /// <summary>The word's string: the one already made when the word was seen before.</summary>
    public string Word(ReadOnlySpan<char> word)
    {
        if (lookup.TryGetValue(word, out var known)) return known;
        var made = new string(word);
        words.Add(made, made);
        return made;
    }
}
