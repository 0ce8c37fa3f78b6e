using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// Whether kept words changed their format, word after word. The words of a run share its format, so
/// the same pair of formats comes again and again: comparing them means writing both out as XML, and
/// the last pair's answer is kept.
/// </summary>
internal sealed class FormatComparison
{
    private RunProperties? before, after;
    private bool same = true;

    public bool Same(RunProperties? a, RunProperties? b)
    {
        if (ReferenceEquals(a, before) && ReferenceEquals(b, after)) return same;
        (before, after, same) = (a, b, (a?.OuterXml ?? "") == (b?.OuterXml ?? ""));
        return same;
    }
}
