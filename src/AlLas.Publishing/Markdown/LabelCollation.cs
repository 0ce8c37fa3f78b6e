using System.Globalization;

namespace AlLas.Publishing.Markdown;

/// <summary>How Markdig tells footnote and link labels apart: the invariant culture, blind to case and accents.</summary>
public static class LabelCollation
{
    /// <summary>
    /// Has ICU build that collation now. It builds it from rules the first time a label is keyed (the first
    /// footnote of a build), some milliseconds that a build spends on its second core instead.
    /// </summary>
    public static void SetUp() =>
        _ = CultureInfo.InvariantCulture.CompareInfo.GetHashCode("a", CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
}
