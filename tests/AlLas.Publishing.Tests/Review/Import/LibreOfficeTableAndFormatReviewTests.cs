using AlLas.Publishing.Review;
using AlLas.Publishing.Tests.Releases;
using AlLas.Publishing.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static AlLas.Publishing.Tests.Review.Import.ReviewerSession;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>
/// A coordinator in LibreOffice, Track Changes on, who sets words in bold and italics, underlines
/// others, deletes and inserts table rows: what Markdown can say reaches the sources (**, *, a pipe
/// table's lines), the rest waits for the writers with the reason in `review list`.
/// </summary>
public sealed class LibreOfficeTableAndFormatReviewTests : IDisposable
{
    private const string Chapter = "content/informe/01-oficinas.md";
    private const string Reviewer = "Coordinación General";
    private readonly PublicationRepo repo = PublicationRepo.Mini();

    public void Dispose() => repo.Dispose();

    private string Returned => repo.PathOf("informe-v0.1-revisado.docx");

    [Fact]
    public void Bold_italics_and_rows_of_a_pipe_table_are_applied_and_the_rest_is_left_by_hand_with_its_reason()
    {
        var lo = LibreOffice.RequireUno();
        repo.Replace(Chapter, "| 1 | 2 | 3 |\n", "| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n| 7 | 8 | 9 |\n");
        repo.Commit("Tabla con más filas");
        repo.AllasOk("release", "informe", "--label", "v0.1", "--date", "2026-03-02");
        repo.Commit("Versión v0.1");
        ReviewerSession.Review(lo, repo.PathOf("out/informe-v0.1.docx"), Returned,
            Author(Reviewer),
            Track(true),
            Bold("prioridades distintas"),
            Italic("Protocolo"),
            Underline("datos de personal"),
            DeleteRow("4"),
            InsertRow("7", "10", "11", "12"),
            // This table is written by a loop over publication.yml.
            DeleteRow("Lima"));

        repo.AllasOk("review", "import", Returned);
        repo.Commit("Registro de revisión");
        var listing = repo.AllasOk("review", "list");
        var items = ImportedItem.Parse(repo.AllasOk("review", "list", "--json"));

        Assert.Contains("prioridades distintas (negrita)", listing);
        Assert.Contains("Protocolo (cursiva)", listing);
        Assert.Contains("a mano: el cambio de formato (subrayado) no se escribe en Markdown", listing);
        Assert.Contains("4 | 5 | 6", listing);
        Assert.Contains("10 | 11 | 12", listing);
        Assert.Contains("a mano: la tabla la escribe una plantilla", listing);
        var chapter = repo.Read(Chapter);
        var deleted = items.Single(i => i.Kind == "row-delete" && i.Text.StartsWith('4'));
        Assert.Equal((Chapter, SourcePosition.Of(chapter, "| 4 | 5 | 6 |")), (deleted.File, (deleted.Line, deleted.Column)));
        Assert.Equal("| 4 | 5 | 6 |\n", deleted.SourceQuote);

        var applied = repo.AllasOk("review", "apply", "--all");

        chapter = repo.Read(Chapter);
        Assert.Contains("trabajan con **prioridades distintas**[^prioridades]", chapter);
        Assert.Contains("[^prioridades]: *Protocolo*, cooperación técnica y promoción.", chapter);
        Assert.Contains("| 1 | 2 | 3 |\n| 7 | 8 | 9 |\n| 10 | 11 | 12 |\n:::", chapter);
        Assert.Contains("[PENDIENTE: datos de personal de cada oficina]", chapter);
        Assert.Contains("{{ for p in publication.partners }}", chapter);
        Assert.Contains("4 aplicados, 2 en conflicto", applied);
        Assert.Contains("decisión a mano: el cambio de formato (subrayado)", applied);
        Assert.Contains("decisión a mano: la tabla la escribe una plantilla", applied);
        // The rows' own text, recorded as inserted and deleted too, is settled with its row; the underline and the template's row wait.
        var settled = ImportedItem.Parse(repo.AllasOk("review", "list", "--json"));
        Assert.All(settled.Where(i => i.File == Chapter && i.Line == deleted.Line || i.Text is "10" or "11" or "12"),
            i => Assert.Equal(("addressed", "aplicado"), (i.Status, i.Response)));
        Assert.Equal(4, settled.Count(i => i.Status == "open"));

        repo.AllasOk("build", "--doc", "informe", "--format", "docx");
        using var word = WordprocessingDocument.Open(repo.PathOf("out/informe.docx"), false);
        var runs = word.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
        Assert.Contains(runs, r => r.InnerText == "prioridades distintas" && r.RunProperties?.Bold is not null);
        var cells = word.MainDocumentPart.Document.Body.Descendants<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Contains("10", cells);
        Assert.DoesNotContain("5", cells);
        var notes = word.MainDocumentPart.FootnotesPart!.Footnotes!.Descendants<Run>();
        Assert.Contains(notes, r => r.InnerText == "Protocolo" && r.RunProperties?.Italic is not null);
    }
}
