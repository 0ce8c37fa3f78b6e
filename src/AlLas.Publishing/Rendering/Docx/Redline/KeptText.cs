using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// Kept words of one run format follow one another by the thousand, in changed paragraphs and in the
/// unchanged ones that carry a comment. A run per word, its format copied each time, only for the run
/// merger to join them again, was most of the redline's garbage: such a stretch grows one run as it is
/// written, the run the merger would have made.
/// </summary>
internal sealed class KeptText
{
    private Token? last;
    private OpenXmlElement? written;
    private Text? text;
    private List<string>? words;

    /// <summary>
    /// Adds a kept word, unchanged in format, to the stretch when it follows the stretch's last word
    /// directly: same format and link, and nothing (a bookmark, a comment mark) written in between.
    /// </summary>
    public bool Join(Token token, List<OpenXmlElement> content)
    {
        if (last is null || content.Count == 0 || !ReferenceEquals(content[^1], written)
            || !ReferenceEquals(token.Format, last.Format) || !ReferenceEquals(token.Link, last.Link)) return false;
        (words ??= [text!.Text]).Add(token.Text);
        last = token;
        return true;
    }

    /// <summary>Starts a stretch at a kept word, unchanged in format, just written as its own run (in its link, if any).</summary>
    public void Begin(Token token, OpenXmlElement writtenAs)
    {
        End();
        var run = writtenAs as Run ?? writtenAs.GetFirstChild<Run>();
        if (run?.GetFirstChild<Text>() is not { } first) return;
        (last, written, text) = (token, writtenAs, first);
    }

    /// <summary>Writes the stretch's text once, before the merger reads it.</summary>
    public void End()
    {
        if (words is not null) text!.Text = string.Concat(words);
        (last, written, text, words) = (null, null, null, null);
    }
}
