using System.Globalization;
using AlLas.Publishing.Content;

namespace AlLas.Publishing.Cli;

/// <summary>The table a writer reads after a build: size against the page budget and the work still pending.</summary>
public static class Summary
{
    public static void Print(TextWriter output, Publication publication)
    {
        var es = CultureInfo.GetCultureInfo("es-ES");
        output.WriteLine();
        output.WriteLine(Terminal.Paint(output, $"{"documento",-22} {"palabras",9} {"páginas",9} {"límite",7} {"anexos",8} {"pendientes",10}", Terminal.Bold));
        foreach (var document in publication.Documents)
        {
            var stats = document.Stats;
            var over = stats.PageBudget is { } budget && stats.BodyPages > budget ? Terminal.Paint(output, " (excede)", Terminal.Red) : "";
            output.WriteLine(string.Create(es,
                $"{document.Id,-22} {stats.BodyWords,9:N0} {"≈" + Math.Round(stats.BodyPages).ToString(es),9} {stats.PageBudget?.ToString(es) ?? "-",7} {"≈" + Math.Round(stats.AnnexPages).ToString(es),8} {stats.Pending,10}{over}"));
            foreach (var chapter in stats.Chapters.Where(c => c.Pending > 0))
                output.WriteLine($"  {chapter.File}: {chapter.Pending} pendiente(s)");
        }
    }
}
