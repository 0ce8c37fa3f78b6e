using System.Globalization;

namespace AlLas.Publishing.Markdown;

/// <summary>How Markdig tells footnote and link labels apart: the invariant culture, blind to case and accents.</summary>
public static class LabelCollation
{
    // ICU builds this collation from rules the first time a label is keyed, some milliseconds. Two threads asking
    // at once would each build it, so it is built here, once: a thread that comes while another builds it waits.
    static LabelCollation() =>
        _ = CultureInfo.InvariantCulture.CompareInfo.GetHashCode("a", CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    /// <summary>Has the collation built, or waits while another thread builds it (a build's set-up does, on its second core).</summary>
    public static void SetUp() { }
}
