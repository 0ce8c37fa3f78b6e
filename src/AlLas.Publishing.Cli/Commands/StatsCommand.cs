using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlLas.Publishing.Content;
using AlLas.Publishing.Review.Import;

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
            var stats = publication.Documents.Select(d => (Document: d, Stats: d.Stats)).ToList();
            var review = new OpenReview(RegisterStore.All(root));
            if (parse.GetValue(json))
                WriteJson(console.Out, review, stats);
            else
                WriteText(console, review, stats);
            // Figures from sources with errors may be off; the writer is told, the figures are still printed.
            var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
            if (errors > 0)
                console.Error.WriteLine($"aviso: las fuentes tienen {errors} error(es) y las cifras pueden no ser exactas; allas check los lista");
            return AllasCli.Ok;
        }));
        return command;
    }

    /// <summary>
    /// What the review registers (content/&lt;document&gt;/revisiones/) leave for the writers to settle:
    /// open comment threads and revisions (replies go with their thread), per chapter they landed in,
    /// and per document including those that could not be placed in a chapter.
    /// </summary>
    private sealed class OpenReview(IReadOnlyList<ReviewRegister> registers)
    {
        private IEnumerable<(ReviewRegister Register, RegisterItem Item)> Open =>
            registers.SelectMany(r => r.Items.Where(i => i.Status == ItemStatus.Open && i.Parent is null).Select(i => (r, i)));

        public int InChapter(string documentId, string chapterFile) =>
            Open.Count(x => x.Register.Document == documentId && x.Item.Source?.File == chapterFile);

        public int InDocument(string documentId) => Open.Count(x => x.Register.Document == documentId);
    }

    private static void WriteText(CliConsole console, OpenReview review, IReadOnlyList<(Document Document, DocumentStats Stats)> documents)
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
                    $"  {number,-4} {Shorten(chapter.Title, 44),-44} {chapter.Words,9:N0} {"≈" + chapter.EstimatedPages.ToString("0.0", Es),8} {chapter.Pending,10} {review.InChapter(document.Id, chapter.File),9}"));
            }
            var over = stats.PageBudget is { } budget && stats.BodyPages > budget;
            var pages = string.Create(Es, $"≈{Math.Round(stats.BodyPages)}{(stats.PageBudget is { } b ? $" de {b}" : "")}");
            var body = string.Create(Es, $"  cuerpo: {stats.BodyWords:N0} palabras, {pages} páginas{(over ? " (excede el límite)" : "")}");
            output.WriteLine(over ? Terminal.Paint(output, body, Terminal.Red) : body);
            output.WriteLine(string.Create(Es,
                $"  anexos: {stats.AnnexWords:N0} palabras, ≈{Math.Round(stats.AnnexPages)} páginas; pendientes: {stats.Pending}; revisión abierta: {review.InDocument(document.Id)}"));
            output.WriteLine();
        }
    }

    private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static void WriteJson(TextWriter output, OpenReview review, IReadOnlyList<(Document Document, DocumentStats Stats)> documents)
    {
        // JSON nodes rather than serialized anonymous objects: the natively compiled CLI has no reflection-based serializer.
        // Added as JsonNode: JsonArray.Add<T> would wrap the object as a value, which needs that serializer.
        var items = new JsonArray();
        foreach (var (document, stats) in documents)
        {
            var chapters = new JsonArray();
            foreach (var c in stats.Chapters)
            {
                chapters.Add((JsonNode)new JsonObject
                {
                    ["file"] = c.File,
                    ["number"] = document.Chapters.FirstOrDefault(ch => ch.File == c.File)?.Number,
                    ["title"] = c.Title,
                    ["kind"] = c.Kind.ToString().ToLowerInvariant(),
                    ["words"] = c.Words,
                    ["figures"] = c.Figures,
                    ["tables"] = c.Tables,
                    ["estimatedPages"] = Math.Round(c.EstimatedPages, 1),
                    ["pending"] = c.Pending,
                    ["openReviewItems"] = review.InChapter(document.Id, c.File),
                });
            }
            items.Add((JsonNode)new JsonObject
            {
                ["id"] = document.Id,
                ["title"] = document.Manifest.Title,
                ["pageBudget"] = stats.PageBudget,
                ["words"] = stats.BodyWords,
                ["estimatedPages"] = Math.Round(stats.BodyPages, 1),
                ["overBudget"] = stats.PageBudget is { } budget && stats.BodyPages > budget,
                ["annexWords"] = stats.AnnexWords,
                ["annexEstimatedPages"] = Math.Round(stats.AnnexPages, 1),
                ["pending"] = stats.Pending,
                ["openReviewItems"] = review.InDocument(document.Id),
                ["chapters"] = chapters,
            });
        }
        output.WriteLine(items.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
