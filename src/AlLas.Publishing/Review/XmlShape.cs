namespace AlLas.Publishing.Review;

/// <summary>
/// Follows an XML part's tags byte by byte as the guard inflates it, without building anything: how deep
/// its elements nest, and how many comments and revisions it holds. Readers of a part recurse into its
/// elements and keep every comment, so a part past these limits is refused before they see it. UTF-8 and
/// UTF-16 (with its byte order mark) are read; only ASCII bytes can be markup in either.
/// </summary>
internal sealed class XmlShape(string part)
{
    private enum State { Text, Open, Name, Attributes, Quoted, Closing, Special }

    private static readonly HashSet<string> RevisionNames = new(StringComparer.Ordinal) { "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange" };

    private readonly bool comments = Path.GetFileName(part).StartsWith("comments", StringComparison.OrdinalIgnoreCase)
        && !Path.GetFileName(part).StartsWith("commentsExtended", StringComparison.OrdinalIgnoreCase)
        && !Path.GetFileName(part).StartsWith("commentsIds", StringComparison.OrdinalIgnoreCase)
        && !Path.GetFileName(part).StartsWith("commentsExtensible", StringComparison.OrdinalIgnoreCase);
    private readonly char[] name = new char[32];
    private State state;
    private int nameLength;
    private bool nameOverflow;
    private char quote;
    private char previous;
    private char beforePrevious;
    private char special;
    private int utf16; // 0 unknown, 1 none, 2 little-endian, 3 big-endian
    private int pendingByte = -1;

    public int Depth { get; private set; }

    public int DeepestDepth { get; private set; }

    public long Comments { get; private set; }

    public long Revisions { get; private set; }

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        if (utf16 == 1)
        {
            FeedUtf8(bytes);
            return;
        }
        foreach (var b in bytes)
        {
            if (utf16 == 0)
            {
                if (pendingByte < 0) { pendingByte = b; continue; }
                utf16 = pendingByte == 0xFF && b == 0xFE ? 2 : pendingByte == 0xFE && b == 0xFF ? 3 : 1;
                if (utf16 == 1) { Unit((char)pendingByte); Unit((char)b); }
                pendingByte = -1;
                continue;
            }
            if (utf16 == 1) { Unit(b < 0x80 ? (char)b : '\u0080'); continue; }
            if (pendingByte < 0) { pendingByte = b; continue; }
            var unit = utf16 == 2 ? pendingByte | b << 8 : pendingByte << 8 | b;
            pendingByte = -1;
            Unit(unit < 0x80 ? (char)unit : '\u0080');
        }
    }

    /// <summary>UTF-8 (or ASCII): text and attribute values are skipped with a vectorized search for the byte that ends them.</summary>
    private void FeedUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (state == State.Text || state == State.Quoted)
            {
                var next = bytes[i..].IndexOf(state == State.Text ? (byte)'<' : (byte)quote);
                if (next < 0)
                {
                    // Nothing in the rest ends the text or the value; the last two bytes still matter to a special section.
                    previous = bytes[^1] < 0x80 ? (char)bytes[^1] : '\u0080';
                    return;
                }
                i += next;
            }
            var b = bytes[i++];
            Unit(b < 0x80 ? (char)b : '\u0080');
        }
    }

    private void Unit(char c)
    {
        switch (state)
        {
            case State.Text:
                if (c == '<') state = State.Open;
                break;
            case State.Open:
                if (c == '/') state = State.Closing;
                else if (c is '?' or '!') { state = State.Special; special = c; }
                else { state = State.Name; nameLength = 0; nameOverflow = false; Name(c); }
                break;
            case State.Name:
                if (c is ' ' or '\t' or '\r' or '\n' or '/' or '>') { EndName(); state = State.Attributes; Attributes(c); }
                else Name(c);
                break;
            case State.Attributes:
                Attributes(c);
                break;
            case State.Quoted:
                if (c == quote) state = State.Attributes;
                break;
            case State.Closing:
                if (c == '>') { Depth--; state = State.Text; }
                break;
            case State.Special:
                Special(c);
                break;
        }
        beforePrevious = previous;
        previous = c;
    }

    /// <summary>
    /// Inside &lt;?...?&gt; (p), &lt;!--...--&gt; (c), &lt;![CDATA[...]]&gt; (d) or another &lt;!...&gt; (x): each ends at a
    /// '&gt;' after its own closing marks. '!' is a declaration whose kind the next character tells.
    /// </summary>
    private void Special(char c)
    {
        if (special == '!')
        {
            special = c switch { '-' => 'c', '[' => 'd', _ => 'x' };
            if (special == 'x' && c == '>') state = State.Text;
            return;
        }
        if (c != '>') return;
        var ends = special switch
        {
            '?' => previous == '?',
            'c' => previous == '-' && beforePrevious == '-',
            'd' => previous == ']' && beforePrevious == ']',
            _ => true,
        };
        if (ends) state = State.Text;
    }

    private void Name(char c)
    {
        if (nameLength < name.Length) name[nameLength++] = c;
        else nameOverflow = true;
    }

    private void EndName()
    {
        if (nameOverflow) return;
        var span = name.AsSpan(0, nameLength);
        var colon = span.IndexOf(':');
        var local = (colon < 0 ? span : span[(colon + 1)..]).ToString();
        if (comments && local == "comment") Comments++;
        else if (RevisionNames.Contains(local)) Revisions++;
    }

    private void Attributes(char c)
    {
        if (c is '"' or '\'') { quote = c; state = State.Quoted; return; }
        if (c != '>') return;
        state = State.Text;
        if (previous == '/') return;
        Depth++;
        if (Depth > DeepestDepth) DeepestDepth = Depth;
    }
}
