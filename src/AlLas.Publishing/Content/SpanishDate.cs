using System.Globalization;

namespace AlLas.Publishing.Content;

/// <summary>Dates as Spanish prose writes them: "2 de marzo de 2026".</summary>
public static class SpanishDate
{
    private static readonly string[] Months =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    /// <summary>An ISO date (AAAA-MM-DD, or the start of a longer stamp) in words; null when there is none or it is not a date.</summary>
    public static string? Long(string? iso)
    {
        if (iso is null || iso.Length < 10
            || !DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return null;
        return $"{date.Day} de {Months[date.Month - 1]} de {date.Year}";
    }
}
