using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// Cuts a rendered paragraph into tokens: text into words, spaces and punctuation; a complex field
/// from its begin to its end into one atom (a half field in the accepted or rejected text would be
/// a broken field); note references, drawings, tabs and breaks into atoms of their own.
/// Bookmarks, comment anchors and revisions already in the paragraph (CriticMarkup of the sources)
/// are carried along, never compared.
/// </summary>
internal static partial class Tokenizer
{
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+|\s+|.", RegexOptions.Singleline)]
    private static partial Regex Words();

    /// <summary>Spaces and punctuation, half the tokens of a text, as shared strings rather than one copy each.</summary>
    private static readonly string[] OneCharacter = Enumerable.Range(0, 0x250).Select(c => ((char)c).ToString()).ToArray();

    internal sealed record Piece(OpenXmlElement Content, RunProperties? Format, Hyperlink? Link);

    /// <summary>The paragraph's tokens followed by its mark, whose key holds the paragraph style.</summary>
    public static List<Token> Of(Paragraph paragraph) => Of(paragraph, new TokenizerScratch());

    /// <inheritdoc cref="Of(Paragraph)"/>
    public static List<Token> Of(Paragraph paragraph, TokenizerScratch scratch)
    {
        var tokens = scratch.Tokens;
        var pending = scratch.Pending;
        var pieces = scratch.Pieces;
        tokens.Clear();
        pending.Clear();
        pieces.Clear();
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties:
                    break;
                case Run run:
                    Flatten(run, null, pieces);
                    break;
                case Hyperlink link:
                    foreach (var inner in link.ChildElements)
                    {
                        if (inner is Run r) Flatten(r, link, pieces);
                        else pieces.Add((null, inner));
                    }
                    break;
                default:
                    pieces.Add((null, child));
                    break;
            }
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            var (piece, marker) = pieces[i];
            if (marker is not null)
            {
                pending.Add(marker);
                continue;
            }
            var content = piece!.Content;
            if (content is FieldChar { FieldCharType.Value: var type } && type == FieldCharValues.Begin)
            {
                var end = MatchingEnd(pieces, i);
                if (end >= 0)
                {
                    var field = new List<Piece>(end - i + 1);
                    for (var j = i; j <= end; j++)
                        if (pieces[j].Piece is { } inField) field.Add(inField);
                    Add(Atom(paragraph, FieldKey(field), FieldResult(field), field, piece.Link));
                    // Markers inside a field (a bookmark around a caption number) go before it.
                    for (var j = i; j <= end; j++)
                        if (pieces[j].Marker is { } inside) pending.Add(inside);
                    i = end;
                    continue;
                }
            }
            switch (content)
            {
                case Text text:
                    var value = text.Text;
                    foreach (var word in Words().EnumerateMatches(value))
                    {
                        var w = word.Length == 1 && value[word.Index] < OneCharacter.Length ? OneCharacter[value[word.Index]] : scratch.Word(value.AsSpan(word.Index, word.Length));
                        Add(new Token { Kind = TokenKind.Text, Key = w, Paragraph = paragraph, Format = piece.Format, Link = piece.Link });
                    }
                    break;
                case FootnoteReference note:
                    Add(Atom(paragraph, "FN", "", [piece], piece.Link, note.Id?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                default:
                    Add(Atom(paragraph, AtomKey(content), AtomText(content), [piece], piece.Link));
                    break;
            }
        }

        var mark = new Token { Kind = TokenKind.Mark, Key = "¶" + Style(paragraph), Paragraph = paragraph };
        mark.AddBefore(pending);
        tokens.Add(mark);
        // The paragraph keeps its tokens to the end: a list of their exact size, not one grown by doubling.
        return new List<Token>(tokens);

        void Add(Token token)
        {
            token.AddBefore(pending);
            pending.Clear();
            tokens.Add(token);
        }
    }

    public static string Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

    /// <summary>Each child of a run as a piece of its own, in the run's format.</summary>
    private static void Flatten(Run run, Hyperlink? link, List<(Piece? Piece, OpenXmlElement? Marker)> pieces)
    {
        var format = run.RunProperties;
        foreach (var child in run.ChildElements)
        {
            if (child is RunProperties) continue;
            // A comment's reference mark belongs to its anchor, not to the text.
            if (child is CommentReference) pieces.Add((null, run));
            else pieces.Add((new Piece(child, format, link), null));
        }
    }

    private static int MatchingEnd(List<(Piece? Piece, OpenXmlElement? Marker)> pieces, int begin)
    {
        var depth = 0;
        for (var j = begin; j < pieces.Count; j++)
        {
            if (pieces[j].Piece?.Content is not FieldChar { FieldCharType.Value: var type }) continue;
            if (type == FieldCharValues.Begin) depth++;
            else if (type == FieldCharValues.End && --depth == 0) return j;
        }
        return -1;
    }

    private static Token Atom(Paragraph paragraph, string key, string text, IReadOnlyList<Piece> pieces, Hyperlink? link, string? noteId = null) => new()
    {
        Kind = TokenKind.Atom,
        Key = key,
        Text = text,
        Paragraph = paragraph,
        Pieces = pieces.Select(p => (p.Format, p.Content)).ToArray(),
        Link = link,
        NoteId = noteId,
    };

    /// <summary>A field is the same field when its instruction and its shown result are.</summary>
    private static string FieldKey(IReadOnlyList<Piece> field)
    {
        var instruction = new StringBuilder();
        foreach (var p in field)
            if (p.Content is FieldCode code) instruction.Append(code.Text);
        return "F:" + instruction.ToString().Trim() + "|" + FieldResult(field);
    }

    private static string FieldResult(IReadOnlyList<Piece> field)
    {
        var result = new StringBuilder();
        var depth = 0;
        var separated = new Stack<bool>();
        foreach (var p in field)
        {
            switch (p.Content)
            {
                case FieldChar { FieldCharType.Value: var t } when t == FieldCharValues.Begin:
                    depth++;
                    separated.Push(false);
                    break;
                case FieldChar { FieldCharType.Value: var t } when t == FieldCharValues.Separate:
                    if (separated.Count > 0) { separated.Pop(); separated.Push(true); }
                    break;
                case FieldChar { FieldCharType.Value: var t } when t == FieldCharValues.End:
                    depth--;
                    if (separated.Count > 0) separated.Pop();
                    break;
                case Text text when separated.Count > 0 && separated.All(s => s):
                    result.Append(text.Text);
                    break;
                case TabChar when separated.Count > 0 && separated.All(s => s):
                    result.Append('\t');
                    break;
            }
        }
        return result.ToString();
    }

    private static string AtomKey(OpenXmlElement content) => content switch
    {
        FieldChar { FieldCharType.Value: var t } => FieldCharKey(t),
        FieldCode code => "FI:" + code.Text,
        TabChar or PositionalTab => "TAB",
        Break br => "BR:" + (br.Type?.InnerText ?? ""),
        FootnoteReferenceMark => "FNMARK",
        Drawing drawing => "IMG:" + string.Join("|", drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(d => d.Description?.Value ?? d.Name?.Value ?? ""))
            + "|" + string.Join("|", drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Select(e => $"{e.Cx}x{e.Cy}")),
        _ => "X:" + content.OuterXml,
    };

    /// <summary>
    /// The key of a half field's begin, separate or end. With the SDK's value structs ToString()
    /// is the same for every value; the name is the one the XML writes.
    /// </summary>
    public static string FieldCharKey(FieldCharValues type) => "FC:" + ((IEnumValue)type).Value;

    private static string AtomText(OpenXmlElement content) => content switch
    {
        TabChar or PositionalTab => "\t",
        Break => "\n",
        _ => "",
    };
}
