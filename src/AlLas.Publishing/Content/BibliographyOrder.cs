using System.Globalization;

namespace AlLas.Publishing.Content;

/// <summary>The order of the bibliography annex: Spanish alphabetical order, capitals and small letters alike.</summary>
public static class BibliographyOrder
{
    // A case-blind comparer that still tells kana types and character widths apart needs collation rules of
    // .NET's own, which ICU compiles at every start: a sixth of a short build's instructions. Neither kana nor
    // full-width letters occur in Spanish references, so ignoring them as well orders every entry the same and
    // leaves ICU's ready-made Spanish collation to do the work.
    public static StringComparer Comparer { get; } = CultureInfo.GetCultureInfo("es-ES").CompareInfo
        .GetStringComparer(CompareOptions.IgnoreCase | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth);
}
