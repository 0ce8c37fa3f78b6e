using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using AlLas.Publishing.Content;

namespace AlLas.Publishing.Cli.Commands;

/// <summary>`allas stats`: per document and chapter, words, estimated pages against the budget, pending work and open review items.</summary>
public static class StatsCommand
{
    private static readonly CultureInfo Es = CultureInfo.GetCultureInfo("es-ES");

    public static Command Create(CliConsole console)
    {
        var docs = new Option<string[]>("--doc") { Description = "Documento (id = nombre de su carpeta en content/); se puede repetir. Por omisión, todos." };
        var json = new Option<bool>("--json") { Description = "Escribe las cifras en JSON." };
        var command = new Command("stats", """
            Cifras de cada documento y capítulo: palabras, páginas estimadas frente al límite de document.yml,
            marcas [PENDIENTE: ...] y puntos de revisión abiertos.

            Ejemplos:
              allas stats
              allas stats --doc resumen-ejecutivo --json
            """)
        {
            docs, json,
        };
        command.SetAction(parse => console.Guard(() =>
        {
            var root = Workspace.Root();
            var diagnostics = new Diagnostics();
            var publication = new PublicationLoader(root, diagnostics, ReleaseInfo.WorkingDraft(null)).Load(parse.GetValue(docs) ?? []);
            var stats = publication.Documents.Select(d => (Document: d, Stats: DocumentStats.Of(d))).ToList();
            if (parse.GetValue(json))
                WriteJson(console.Out, publication, stats);
            else
                WriteText(console, publication, stats);
            // Figures from sources with errors may be off; the writer is told, the figures are still printed.
            var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
            if (errors > 0)
                console.Error.WriteLine($"aviso: las fuentes tienen {errors} error(es) y las cifras pueden no ser exactas; allas check los lista");
            return AllasCli.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Review items still open for a chapter. The review register (namespace AlLas.Publishing.Review)
    /// is not part of this build yet, so no chapter has any; this is where its count plugs in.
    /// </summary>
    public static int OpenReviewItems(Publication publication, string chapterFile) => 0;

    private static void WriteText(CliConsole console, Publication publication, IReadOnlyList<(Document Document, DocumentStats Stats)> documents)
    {
        var output = console.Out;
        foreach (var (document, stats) in documents)
        {
            output.WriteLine(Terminal.Paint(output, $"{document.Id} · {document.Manifest.Title}", Terminal.Bold));
            output.WriteLine($"  {"n.º",-4} {"capítulo",-44} {"palabras",9} {"páginas",8} {"pendientes",10} {"revisión",9}");
            foreach (var chapter in stats.Chapters)
            {
                var number = document.Chapters.FirstOrDefault(c => c.File == chapter.File)?.Number ?? "-";
                output.WriteLine(string.Create(Es,
                    $"  {number,-4} {Shorten(chapter.Title, 44),-44} {chapter.Words,9:N0} {"≈" + chapter.EstimatedPages.ToString("0.0", Es),8} {chapter.Pending,10} {OpenReviewItems(publication, chapter.File),9}"));
            }
            var over = stats.PageBudget is { } budget && stats.BodyPages > budget;
            var pages = string.Create(Es, $"≈{Math.Round(stats.BodyPages)}{(stats.PageBudget is { } b ? $" de {b}" : "")}");
            var body = string.Create(Es, $"  cuerpo: {stats.BodyWords:N0} palabras, {pages} páginas{(over ? " (excede el límite)" : "")}");
            output.WriteLine(over ? Terminal.Paint(output, body, Terminal.Red) : body);
            output.WriteLine(string.Create(Es,
                $"  anexos: {stats.AnnexWords:N0} palabras, ≈{Math.Round(stats.AnnexPages)} páginas; pendientes: {stats.Pending}; revisión abierta: {stats.Chapters.Sum(c => OpenReviewItems(publication, c.File))}"));
            output.WriteLine();
        }
    }

    private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static void WriteJson(TextWriter output, Publication publication, IReadOnlyList<(Document Document, DocumentStats Stats)> documents)
    {
        var items = documents.Select(x => new
        {
            id = x.Document.Id,
            title = x.Document.Manifest.Title,
            pageBudget = x.Stats.PageBudget,
            words = x.Stats.BodyWords,
            estimatedPages = Math.Round(x.Stats.BodyPages, 1),
            overBudget = x.Stats.PageBudget is { } budget && x.Stats.BodyPages > budget,
            annexWords = x.Stats.AnnexWords,
            annexEstimatedPages = Math.Round(x.Stats.AnnexPages, 1),
            pending = x.Stats.Pending,
            openReviewItems = x.Stats.Chapters.Sum(c => OpenReviewItems(publication, c.File)),
            chapters = x.Stats.Chapters.Select(c => new
            {
                file = c.File,
                number = x.Document.Chapters.FirstOrDefault(ch => ch.File == c.File)?.Number,
                title = c.Title,
                kind = c.Kind.ToString().ToLowerInvariant(),
                words = c.Words,
                figures = c.Figures,
                tables = c.Tables,
                estimatedPages = Math.Round(c.EstimatedPages, 1),
                pending = c.Pending,
                openReviewItems = OpenReviewItems(publication, c.File),
            }),
        });
        output.WriteLine(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
