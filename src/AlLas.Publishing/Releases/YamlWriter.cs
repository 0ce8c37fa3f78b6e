using System.Globalization;
using YamlDotNet.Core;

namespace AlLas.Publishing.Releases;

/// <summary>A YAML value to write: a scalar with the style asked for, a mapping with keys in order, or a sequence.</summary>
public abstract class YamlValue;

public sealed class YamlScalar(string value, ScalarStyle style) : YamlValue
{
    public string Value { get; } = value;

    /// <summary>The style asked for; the writer falls back to a quoted style where the value does not allow it, as YamlDotNet does.</summary>
    public ScalarStyle Style { get; } = style;
}

public sealed class YamlMap : YamlValue
{
    public List<(string Key, YamlValue Value)> Entries { get; } = [];

    public YamlMap Add(string key, YamlValue value)
    {
        Entries.Add((key, value));
        return this;
    }
}

public sealed class YamlList : YamlValue
{
    public List<YamlValue> Items { get; } = [];

    public YamlList Add(YamlValue value)
    {
        Items.Add(value);
        return this;
    }
}

/// <summary>
/// Writes block YAML byte for byte as YamlDotNet's emitter (default settings: indent 2, no line
/// width, indentless sequences in mappings, "\n" line breaks) writes the same document, choosing
/// each scalar's style by the same analysis. The review registers hold thousands of items; building
/// YamlDotNet's representation model and running its general emitter over them took most of an
/// import. Keys are written plain: the toolkit's keys are simple words.
/// </summary>
public sealed class YamlWriter
{
    private readonly TextWriter output;
    private readonly Stack<int> indents = new();
    private int indent = -1;
    private int column;
    private bool isWhitespace = true;
    private bool isIndentation = true;
    private bool isMappingContext;
    private bool isSimpleKeyContext;
    // YamlDotNet keeps this flag from the previous scalar when it analyses an empty one.
    private bool hasSingleQuotes;

    private YamlWriter(TextWriter output) => this.output = output;

    public static string Write(YamlValue root)
    {
        using var text = new StringWriter { NewLine = "\n" };
        Write(root, text);
        return text.ToString();
    }

    /// <summary>Writes straight to <paramref name="output"/>: a register of thousands of items never stands whole in memory as text.</summary>
    public static void Write(YamlValue root, TextWriter output)
    {
        var writer = new YamlWriter(output);
        writer.Node(root, isMapping: false);
        // The document end: a line break unless the last scalar left the line empty.
        writer.WriteIndent();
    }

    private void Node(YamlValue value, bool isMapping)
    {
        isMappingContext = isMapping;
        isSimpleKeyContext = false;
        switch (value)
        {
            case YamlScalar scalar: Scalar(scalar.Value, scalar.Style); break;
            case YamlMap map: Mapping(map); break;
            case YamlList list: Sequence(list); break;
            default: throw new ArgumentException("valor YAML desconocido", nameof(value));
        }
    }

    private void Mapping(YamlMap map)
    {
        if (map.Entries.Count == 0)
        {
            WriteIndicator("{", true, true, false);
            WriteIndicator("}", false, false, false);
            return;
        }
        IncreaseIndent(isFlow: false, isIndentless: false);
        foreach (var (key, value) in map.Entries)
        {
            WriteIndent();
            Key(key);
            WriteIndicator(":", false, false, false);
            Node(value, isMapping: true);
        }
        indent = indents.Pop();
    }

    private void Sequence(YamlList list)
    {
        if (list.Items.Count == 0)
        {
            WriteIndicator("[", true, true, false);
            WriteIndicator("]", false, false, false);
            return;
        }
        IncreaseIndent(isFlow: false, isIndentless: isMappingContext && !isIndentation);
        foreach (var item in list.Items)
        {
            WriteIndent();
            WriteIndicator("-", true, false, true);
            Node(item, isMapping: false);
        }
        indent = indents.Pop();
    }

    private void Key(string key)
    {
        if (key.Length == 0 || key.AsSpan().ContainsAnyExcept(KeyCharacters))
            throw new ArgumentException($"clave YAML no prevista: '{key}'", nameof(key));
        // YamlDotNet analyses the key as any scalar: a word holds no single quote.
        hasSingleQuotes = false;
        if (!isWhitespace) Put(' ');
        Put(key);
        isWhitespace = false;
        isIndentation = false;
    }

    private void IncreaseIndent(bool isFlow, bool isIndentless)
    {
        indents.Push(indent);
        if (indent < 0) indent = isFlow ? 2 : 0;
        else if (!isIndentless) indent += 2;
    }

    private void Scalar(string value, ScalarStyle requested)
    {
        var analysis = Analyze(value);
        var style = SelectStyle(value, requested, analysis);
        IncreaseIndent(isFlow: true, isIndentless: false);
        switch (style)
        {
            case ScalarStyle.Plain: WritePlain(value); break;
            case ScalarStyle.SingleQuoted: WriteSingleQuoted(value); break;
            case ScalarStyle.DoubleQuoted: WriteDoubleQuoted(value); break;
            case ScalarStyle.Literal: WriteLiteral(value); break;
            case ScalarStyle.Folded: WriteFolded(value); break;
            default: throw new InvalidOperationException();
        }
        indent = indents.Pop();
    }

    private readonly record struct Analysis(bool Multiline, bool BlockPlainAllowed, bool SingleQuotedAllowed, bool BlockAllowed);

    private ScalarStyle SelectStyle(string value, ScalarStyle style, Analysis a)
    {
        if (style == ScalarStyle.Any) style = a.Multiline ? ScalarStyle.Folded : ScalarStyle.Plain;
        if (isSimpleKeyContext && a.Multiline) style = ScalarStyle.DoubleQuoted;
        if (style == ScalarStyle.Plain)
        {
            if (!a.BlockPlainAllowed) style = a.SingleQuotedAllowed && !hasSingleQuotes ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted;
            if (value.Length == 0 && isSimpleKeyContext) style = ScalarStyle.SingleQuoted;
        }
        if (style == ScalarStyle.SingleQuoted && !a.SingleQuotedAllowed) style = ScalarStyle.DoubleQuoted;
        if (style is ScalarStyle.Literal or ScalarStyle.Folded && (!a.BlockAllowed || isSimpleKeyContext)) style = ScalarStyle.DoubleQuoted;
        if (style == ScalarStyle.ForcePlain) style = ScalarStyle.Plain;
        return style;
    }

    /// <summary>YamlDotNet's scalar analysis, for a block context and an output that can hold any character.</summary>
    private Analysis Analyze(string value)
    {
        if (value.Length == 0) return new Analysis(false, false, true, false);
        if (IsOrdinary(value))
        {
            hasSingleQuotes = false;
            return new Analysis(false, true, true, true);
        }

        var blockIndicators = value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal);
        char Peek(int i) => i < value.Length ? value[i] : '\0';
        var preceededByWhitespace = true;
        var followedByWhitespace = IsWhiteBreakOrZero(Peek(1));
        bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false, leadingQuote = false;
        bool breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false, lineOfSpaces = false;
        bool lineBreaks = false, specialCharacters = false, singleQuotes = false, linesOfSpaces = false;

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (i == 0)
            {
                if ("#,[]{}&*!|>\"%@`'".Contains(c))
                {
                    blockIndicators = true;
                    leadingQuote = c == '\'';
                    singleQuotes |= c == '\'';
                }
                if (c is '?' or ':' && followedByWhitespace) blockIndicators = true;
                if (c == '-' && followedByWhitespace) blockIndicators = true;
            }
            else
            {
                if (c == ':' && followedByWhitespace) blockIndicators = true;
                if (c == '#' && preceededByWhitespace) blockIndicators = true;
                singleQuotes |= c == '\'';
            }

            if (!specialCharacters && !IsPrintable(c)) specialCharacters = true;
            var isBreak = IsBreak(c);
            if (isBreak) lineBreaks = true;

            if (c == ' ')
            {
                if (i == 0) leadingSpace = true;
                if (i >= value.Length - 1) trailingSpace = true;
                if (previousBreak)
                {
                    breakSpace = true;
                    lineOfSpaces = true;
                }
                previousSpace = true;
                previousBreak = false;
            }
            else if (isBreak)
            {
                if (i == 0) leadingBreak = true;
                if (i >= value.Length - 1) trailingBreak = true;
                if (previousSpace) spaceBreak = true;
                if (lineOfSpaces) linesOfSpaces = true;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = false;
                previousBreak = false;
                lineOfSpaces = false;
            }

            preceededByWhitespace = IsWhiteBreakOrZero(c);
            if (i + 1 < value.Length) followedByWhitespace = IsWhiteBreakOrZero(Peek(i + 2));
        }

        var blockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || leadingQuote);
        var singleQuoted = true;
        var block = !trailingSpace;
        if (breakSpace) blockPlain = singleQuoted = false;
        if (spaceBreak || specialCharacters) blockPlain = singleQuoted = false;
        if (linesOfSpaces) block = false;
        if (lineBreaks) blockPlain = false;
        if (blockIndicators) blockPlain = false;
        hasSingleQuotes = singleQuotes;
        return new Analysis(lineBreaks, blockPlain, singleQuoted, block);
    }

    /// <summary>
    /// Text the analysis would find nothing in: no break, quote, colon, hash or character YAML cannot
    /// print, no blank at either end and no indicator first. Most of a register's text is such.
    /// </summary>
    private static bool IsOrdinary(string value)
    {
        var first = value[0];
        if (first is ' ' || value[^1] == ' ' || Indicators.Contains(first)) return false;
        if (value.StartsWith("...", StringComparison.Ordinal)) return false;
        foreach (var c in value)
        {
            if (c < '\x20' || c is '\'' or ':' or '#' || c is >= '\x7F' and <= '\x9F' || c >= '\xD800' && (c <= '\xDFFF' || c >= '\xFFFE') || c is '\u2028' or '\u2029')
                return false;
        }
        return true;
    }

    private void WritePlain(string value)
    {
        if (!isWhitespace) Put(' ');
        if (value.AsSpan().IndexOfAny(Breaks) < 0)
        {
            // The common case, in bulk: a plain scalar on one line is written as it is.
            if (value.Length > 0)
            {
                Put(value);
                isIndentation = false;
            }
        }
        else
        {
            WriteLines(value, doubled: null);
        }
        isWhitespace = false;
        isIndentation = false;
    }

    /// <summary>
    /// A flow scalar over several lines, as the emitter folds it: a line break is written twice (one
    /// alone would read back as a space) and the next line indented. <paramref name="doubled"/> is the
    /// quote that escapes itself by being written twice.
    /// </summary>
    private void WriteLines(string value, char? doubled)
    {
        var previousBreak = false;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                Put(c);
            }
            else if (IsBreak(c))
            {
                if (!previousBreak && c == '\n') WriteBreak();
                WriteBreak(BreakOf(c));
                isIndentation = true;
                previousBreak = true;
            }
            else
            {
                if (previousBreak) WriteIndent();
                if (c == doubled) Put(c);
                Put(c);
                isIndentation = false;
                previousBreak = false;
            }
        }
    }

    private void WriteSingleQuoted(string value)
    {
        WriteIndicator("'", true, false, false);
        if (value.AsSpan().IndexOfAny(Breaks) < 0)
        {
            Put(value.Replace("'", "''", StringComparison.Ordinal));
            WriteIndicator("'", false, false, false);
            isWhitespace = false;
            isIndentation = false;
            return;
        }
        WriteLines(value, doubled: '\'');
        WriteIndicator("'", false, false, false);
        isWhitespace = false;
        isIndentation = false;
    }

    private void WriteDoubleQuoted(string value)
    {
        WriteIndicator("\"", true, false, false);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!NeedsEscape(c))
            {
                // Up to the next character to escape, in bulk.
                var run = i + 1;
                while (run < value.Length && !NeedsEscape(value[run])) run++;
                Put(value.AsSpan(i, run - i));
                i = run - 1;
            }
            else
            {
                Put('\\');
                switch (c)
                {
                    case '\0': Put('0'); break;
                    case '\x7': Put('a'); break;
                    case '\x8': Put('b'); break;
                    case '\x9': Put('t'); break;
                    case '\xA': Put('n'); break;
                    case '\xB': Put('v'); break;
                    case '\xC': Put('f'); break;
                    case '\xD': Put('r'); break;
                    case '\x1B': Put('e'); break;
                    case '"': Put('"'); break;
                    case '\\': Put('\\'); break;
                    case '\x85': Put('N'); break;
                    case '\xA0': Put('_'); break;
                    case '\x2028': Put('L'); break;
                    case '\x2029': Put('P'); break;
                    default:
                        if (c <= 0xFF)
                        {
                            Put('x');
                            Put(((ushort)c).ToString("X02", CultureInfo.InvariantCulture));
                        }
                        else if (char.IsHighSurrogate(c))
                        {
                            if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                                throw new YamlException("While writing a quoted scalar, found an orphaned high surrogate.");
                            Put('U');
                            Put(char.ConvertToUtf32(c, value[i + 1]).ToString("X08", CultureInfo.InvariantCulture));
                            i++;
                        }
                        else
                        {
                            Put('u');
                            Put(((ushort)c).ToString("X04", CultureInfo.InvariantCulture));
                        }
                        break;
                }
            }
        }
        WriteIndicator("\"", false, false, false);
        isWhitespace = false;
        isIndentation = false;
    }

    private void WriteLiteral(string value)
    {
        var previousBreak = true;
        WriteIndicator("|", true, false, false);
        WriteBlockScalarHints(value);
        WriteBreak();
        isIndentation = true;
        isWhitespace = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n') continue;
            if (IsBreak(c))
            {
                WriteBreak(BreakOf(c));
                isIndentation = true;
                previousBreak = true;
            }
            else
            {
                if (previousBreak) WriteIndent();
                // The rest of the line, in bulk.
                var end = value.AsSpan(i).IndexOfAny(Breaks);
                var length = end < 0 ? value.Length - i : end;
                Put(value.AsSpan(i, length));
                i += length - 1;
                isIndentation = false;
                previousBreak = false;
            }
        }
    }

    private void WriteFolded(string value)
    {
        var previousBreak = true;
        var leadingSpaces = true;
        WriteIndicator(">", true, false, false);
        WriteBlockScalarHints(value);
        WriteBreak();
        isIndentation = true;
        isWhitespace = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsBreak(c))
            {
                if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n') continue;
                if (!previousBreak && !leadingSpaces && BreakOf(c) == '\n')
                {
                    var k = 0;
                    while (i + k < value.Length && IsBreak(value[i + k])) k++;
                    if (i + k < value.Length && !(IsBlank(value[i + k]) || IsBreak(value[i + k]))) WriteBreak();
                }
                WriteBreak(BreakOf(c));
                isIndentation = true;
                previousBreak = true;
            }
            else
            {
                if (previousBreak)
                {
                    WriteIndent();
                    leadingSpaces = IsBlank(c);
                }
                Put(c);
                isIndentation = false;
                previousBreak = false;
            }
        }
    }

    private void WriteBlockScalarHints(string value)
    {
        var first = value.Length > 0 ? value[0] : '\0';
        if (first == ' ' || IsBreak(first)) WriteIndicator("2", false, false, false);
        if (value.Length == 0 || !IsBreak(value[^1])) WriteIndicator("-", false, false, false);
        else if (value.Length >= 2 && IsBreak(value[^2])) WriteIndicator("+", false, false, false);
    }

    private void WriteIndicator(string indicator, bool needWhitespace, bool whitespace, bool indentation)
    {
        if (needWhitespace && !isWhitespace) Put(' ');
        Put(indicator);
        isWhitespace = whitespace;
        isIndentation &= indentation;
    }

    private void WriteIndent()
    {
        var currentIndent = Math.Max(indent, 0);
        if (!isIndentation || column > currentIndent || (column == currentIndent && !isWhitespace)) WriteBreak();
        while (column < currentIndent) Put(' ');
        isWhitespace = true;
        isIndentation = true;
    }

    private void Put(char c)
    {
        output.Write(c);
        column++;
    }

    private void Put(string s)
    {
        output.Write(s);
        column += s.Length;
    }

    private void Put(ReadOnlySpan<char> s)
    {
        output.Write(s);
        column += s.Length;
    }

    private void WriteBreak(char c = '\n')
    {
        output.Write(c);
        column = 0;
    }

    private static readonly System.Buffers.SearchValues<char> KeyCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    /// <summary>What may open a scalar and changes how it is written (with '-', '?' and ':' before a blank).</summary>
    private const string Indicators = "#,[]{}&*!|>\"%@`'-?:";

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("\r\n\x85\u2028\u2029");

    private static bool NeedsEscape(char c) => !IsPrintable(c) || IsBreak(c) || c == '"' || c == '\\';

    private static bool IsBreak(char c) => c is '\r' or '\n' or '\x85' or '\x2028' or '\x2029';

    private static char BreakOf(char c) => c is '\x2028' or '\x2029' ? c : '\n';

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private static bool IsWhiteBreakOrZero(char c) => c is ' ' or '\t' or '\0' || IsBreak(c);

    private static bool IsPrintable(char c) =>
        c is '\x9' or '\xA' or '\xD' or '\x85'
        || c is >= '\x20' and <= '\x7E'
        || c is >= '\xA0' and <= '\xD7FF'
        || c is >= '\xE000' and <= '\xFFFD';
}
