using System.Globalization;
using System.Text;

namespace AlLas.Publishing.Markdown;

public static class Anchor
{
    /// <summary>"Recursos humanos y técnicos" becomes "recursos-humanos-y-tecnicos": valid as an HTML id and a Word bookmark.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder("h-");
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }
}
