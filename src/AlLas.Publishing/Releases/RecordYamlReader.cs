using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Releases;

/// <summary>
/// Reads the YAML the toolkit writes itself (<see cref="YamlWriter"/>: block mappings and sequences, plain
/// word keys, one-line plain, single- and double-quoted scalars, literal blocks, <c>{}</c> and <c>[]</c>) into
/// the same node tree YamlDotNet builds, line by line. A review register holds thousands of items and
/// YamlDotNet's general scanner took most of a redline reading it. Anything else (a comment, a blank line,
/// flow style, folded or indented blocks, tabs, carriage returns, anchors, a multi-line quoted scalar)
/// gives null, and the caller reads the text with YamlDotNet, so a hand-edited file reads, and fails, as
/// before.
/// </summary>
public sealed class RecordYamlReader
{
    private readonly string text;
    private readonly List<int> starts = [];
    private int line;

    private RecordYamlReader(string text)
    {
        this.text = text;
        for (var i = 0; i < text.Length; i = text.IndexOf('\n', i) + 1) starts.Add(i);
        // The end after the final line break, where a line would start: each line ends before the next one's start.
        starts.Add(text.Length);
    }

    private int Lines => starts.Count - 1;

    private int Start(int n) => starts[n];

    /// <summary>Where line n ends, before its line break.</summary>
    private int End(int n) => starts[n + 1] - 1;

    /// <summary>The document's root mapping, or null when the text is not in the toolkit's own form.</summary>
    public static YamlMappingNode? TryRead(string text)
    {
        if (text.Length == 0 || text[^1] != '\n' || !Printable(text)) return null;
        var reader = new RecordYamlReader(text);
        if (reader.Lines == 0 || reader.Indent(0) != 0) return null;
        var root = reader.Mapping(0, reader.Start(0));
        return root is not null && reader.line == reader.Lines ? root : null;
    }

    /// <summary>Only what YAML can hold unescaped and YamlDotNet reads the same way everywhere: no other line breaks, no BOM, no control characters.</summary>
    private static bool Printable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\t') continue;
            if (c < 0xA0 || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' || c == '\uFEFF' && i == 0) return false;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(c)) return false;
        }
        return true;
    }

    /// <summary>Leading spaces of line n; -1 for a line of nothing but spaces, or one indented with a tab.</summary>
    private int Indent(int n)
    {
        var start = Start(n);
        var end = End(n);
        var i = start;
        while (i < end && text[i] == ' ') i++;
        return i == end || text[i] == '\t' ? -1 : i - start;
    }

    /// <summary>A block mapping whose keys stand at <paramref name="column"/>; its first key at <paramref name="at"/> on the current line.</summary>
    private YamlMappingNode? Mapping(int column, int at)
    {
        var map = new YamlMappingNode();
        while (true)
        {
            var end = End(line);
            var colon = at;
            while (colon < end && IsKeyCharacter(text[colon])) colon++;
            if (colon == at || colon == end || text[colon] != ':') return null;
            var key = new YamlScalarNode(text[at..colon]) { Style = ScalarStyle.Plain };
            if (map.Children.ContainsKey(key)) return null;

            YamlNode? value;
            if (colon + 1 == end)
            {
                line++;
                value = Nested(column);
            }
            else if (text[colon + 1] == ' ' && colon + 2 < end && text[colon + 2] != ' ')
                value = Scalar(column, colon + 2);
            else return null;
            if (value is null) return null;
            map.Add(key, value);

            if (line == Lines) return map;
            var indent = Indent(line);
            if (indent < 0 || indent > column) return null;
            if (indent < column) return map;
            at = Start(line) + indent;
            if (IsItem(at)) return null;
        }
    }

    /// <summary>The value of a key with nothing after its colon: a sequence (indentless or not) or a mapping indented further.</summary>
    private YamlNode? Nested(int column)
    {
        if (line == Lines) return null;
        var indent = Indent(line);
        if (indent < column) return null;
        var at = Start(line) + indent;
        if (IsItem(at)) return Sequence(indent);
        return indent > column ? Mapping(indent, at) : null;
    }

    private YamlSequenceNode? Sequence(int column)
    {
        var sequence = new YamlSequenceNode();
        while (true)
        {
            var at = Start(line) + column + 2;
            if (at >= End(line) || text[at] == ' ') return null;
            var item = LooksLikeKey(at) ? Mapping(column + 2, at) : Scalar(column, at);
            if (item is null) return null;
            sequence.Add(item);

            if (line == Lines) return sequence;
            var indent = Indent(line);
            if (indent < 0 || indent > column) return null;
            if (indent < column || !IsItem(Start(line) + indent)) return sequence;
        }
    }

    private bool IsItem(int at) => text[at] == '-' && at + 1 < text.Length && text[at + 1] is ' ' or '\n';

    private static bool IsKeyCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private bool LooksLikeKey(int at)
    {
        var end = End(line);
        var i = at;
        while (i < end && IsKeyCharacter(text[i])) i++;
        return i > at && i < end && text[i] == ':' && (i + 1 == end || text[i + 1] == ' ');
    }

    /// <summary>A scalar from <paramref name="at"/> to the end of the line (a literal block: and the lines under it), in a collection at <paramref name="column"/>.</summary>
    private YamlNode? Scalar(int column, int at)
    {
        var end = End(line);
        if (text[at] is '|' or '>') return Block(column, at, end);
        YamlNode? node = text[at] switch
        {
            '\'' => SingleQuoted(at, end),
            '"' => DoubleQuoted(at, end),
            '{' => end - at == 2 && text[at + 1] == '}' ? new YamlMappingNode { Style = MappingStyle.Flow } : null,
            '[' => end - at == 2 && text[at + 1] == ']' ? new YamlSequenceNode { Style = SequenceStyle.Flow } : null,
            _ => Plain(at, end),
        };
        if (node is not null) line++;
        return node;
    }

    private YamlScalarNode? Plain(int at, int end)
    {
        // An indicator first, or a comment, a key or trailing blanks: YAML reads these otherwise than as the characters written.
        if (",[]{}#&*!|>'\"%@`\t".Contains(text[at]) || text[at] is '-' or '?' or ':' && (at + 1 == end || text[at + 1] == ' ')) return null;
        var value = text.AsSpan(at, end - at);
        if (value[^1] is ' ' or '\t' or ':' || value.Contains(": ", StringComparison.Ordinal) || value.Contains(":\t", StringComparison.Ordinal)
            || value.Contains(" #", StringComparison.Ordinal) || value.Contains("\t#", StringComparison.Ordinal)) return null;
        return new YamlScalarNode(value.ToString()) { Style = ScalarStyle.Plain };
    }

    private YamlScalarNode? SingleQuoted(int at, int end)
    {
        if (end - at < 2 || text[end - 1] != '\'') return null;
        var value = new System.Text.StringBuilder(end - at);
        for (var i = at + 1; i < end - 1; i++)
        {
            if (text[i] != '\'') value.Append(text[i]);
            else if (i + 1 < end - 1 && text[i + 1] == '\'') value.Append(text[i++]);
            else return null;
        }
        return new YamlScalarNode(value.ToString()) { Style = ScalarStyle.SingleQuoted };
    }

    private YamlScalarNode? DoubleQuoted(int at, int end)
    {
        var value = new System.Text.StringBuilder(end - at);
        var i = at + 1;
        for (; i < end && text[i] != '"'; i++)
        {
            if (text[i] != '\\')
            {
                value.Append(text[i]);
                continue;
            }
            if (++i == end) return null;
            switch (text[i])
            {
                case '0': value.Append('\0'); break;
                case 'a': value.Append('\a'); break;
                case 'b': value.Append('\b'); break;
                case 't': case '\t': value.Append('\t'); break;
                case 'n': value.Append('\n'); break;
                case 'v': value.Append('\v'); break;
                case 'f': value.Append('\f'); break;
                case 'r': value.Append('\r'); break;
                case 'e': value.Append('\x1B'); break;
                case ' ': value.Append(' '); break;
                case '"': value.Append('"'); break;
                case '/': value.Append('/'); break;
                case '\\': value.Append('\\'); break;
                case 'N': value.Append('\x85'); break;
                case '_': value.Append('\xA0'); break;
                case 'L': value.Append('\u2028'); break;
                case 'P': value.Append('\u2029'); break;
                case 'x' or 'u' or 'U':
                    var length = text[i] switch { 'x' => 2, 'u' => 4, _ => 8 };
                    if (i + length >= end || !int.TryParse(text.AsSpan(i + 1, length), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code)
                        || code is >= 0xD800 and <= 0xDFFF or > 0x10FFFF) return null;
                    value.Append(char.ConvertFromUtf32(code));
                    i += length;
                    break;
                default: return null;
            }
        }
        if (i != end - 1) return null;
        return new YamlScalarNode(value.ToString()) { Style = ScalarStyle.DoubleQuoted };
    }

    /// <summary>A block scalar: a literal one read here, any other (folded, or one this reader does not follow) by YamlDotNet on its own lines.</summary>
    private YamlScalarNode? Block(int column, int at, int end)
    {
        var header = line;
        if (text[at] == '|' && Literal(column, at, end) is { } literal) return literal;
        line = header;
        return BlockByYamlDotNet(column, at, end);
    }

    /// <summary>
    /// A literal block ("|", with an indentation indicator or a chomping one): its lines are those indented
    /// at least as much as the first (or as the indicator says), and the blank lines among them.
    /// </summary>
    private YamlScalarNode? Literal(int column, int at, int end)
    {
        var digit = 0;
        var chomping = ' ';
        for (var i = at + 1; i < end; i++)
        {
            var c = text[i];
            if (c is >= '1' and <= '9' && digit == 0) digit = c - '0';
            else if (c is '-' or '+' && chomping == ' ') chomping = c;
            else return null;
        }
        line++;
        if (line == Lines) return null;
        var indent = column + digit;
        if (digit == 0)
        {
            indent = Indent(line);
            if (indent <= column) return null;
        }

        var value = new System.Text.StringBuilder();
        var breaks = 0;
        var any = false;
        for (; line < Lines; line++)
        {
            var start = Start(line);
            var lineEnd = End(line);
            var spaces = 0;
            while (spaces < indent && start + spaces < lineEnd && text[start + spaces] == ' ') spaces++;
            if (start + spaces == lineEnd)
            {
                // Leading blank lines longer than the indentation found from the first line are an error in YAML.
                if (digit == 0 && !any) return null;
                breaks++;
                continue;
            }
            if (spaces < indent)
            {
                if (text[start + spaces] == '\t') return null;
                break;
            }
            // Spaces only, longer than the indentation, before the first line: YamlDotNet refuses them.
            if (!any && Indent(line) < 0) return null;
            value.Append('\n', any ? breaks + 1 : breaks);
            breaks = 0;
            any = true;
            value.Append(text, start + indent, lineEnd - start - indent);
        }
        if (!any) return null;
        if (chomping != '-') value.Append('\n');
        if (chomping == '+') value.Append('\n', breaks);
        return new YamlScalarNode(value.ToString()) { Style = ScalarStyle.Literal };
    }

    /// <summary>The block scalar's header and lines, moved left to the margin, read by YamlDotNet as the value of a one-key mapping.</summary>
    private YamlScalarNode? BlockByYamlDotNet(int column, int at, int end)
    {
        var block = new System.Text.StringBuilder("k: ").Append(text, at, end - at).Append('\n');
        for (line++; line < Lines; line++)
        {
            var start = Start(line);
            var lineEnd = End(line);
            var indent = Indent(line);
            if (indent >= 0 && indent <= column) break;
            var cut = indent < 0 ? Math.Min(column, lineEnd - start) : column;
            if (indent < 0 && text.AsSpan(start, cut).ContainsAnyExcept(' ')) return null;
            block.Append(text, start + cut, lineEnd - start - cut).Append('\n');
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(block.ToString()));
            return stream.Documents is [{ RootNode: YamlMappingNode { Children: [{ Value: YamlScalarNode scalar }] } }] ? scalar : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }
}
