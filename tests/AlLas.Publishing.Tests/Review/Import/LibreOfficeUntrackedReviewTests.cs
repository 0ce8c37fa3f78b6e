using AlLas.Publishing.Review;
using AlLas.Publishing.Tests.Releases;
using AlLas.Publishing.Tests.Support;
using static AlLas.Publishing.Tests.Review.Import.ReviewerSession;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>
/// A coordinator in LibreOffice who works with Track Changes off and comments across a chapter's
/// end: the comment keeps its part in both chapters, paragraphs split by pressing Enter come back as
/// splits (or as a decision by hand where Markdown cannot say it with a blank line), a paragraph
/// typed or removed comes back as one, and text typed right after a cross-reference is found although
/// LibreOffice recomputes every field on saving.
/// </summary>
public sealed class LibreOfficeUntrackedReviewTests : IDisposable
{
    private const string Chapter = "content/informe/01-oficinas.md";
    private const string Presentation = "content/informe/00-presentacion.md";
    private const string Reviewer = "Coordinación General";
    private readonly PublicationRepo repo = PublicationRepo.Mini();

    public void Dispose() => repo.Dispose();

    private string Returned => repo.PathOf("informe-v0.1-revisado.docx");

    [Fact]
    public void Untracked_splits_text_beside_a_reference_and_a_comment_across_chapters_reach_the_sources()
    {
        var lo = LibreOffice.RequireUno();
        repo.Replace(Chapter, "[PENDIENTE: datos de personal de cada oficina]\n", "[PENDIENTE: datos de personal de cada oficina]\n\nUn párrafo que sobra.\n\nOtro párrafo que se queda.\n");
        repo.Commit("Dos párrafos más");
        repo.AllasOk("release", "informe", "--label", "v0.1", "--date", "2026-03-02");
        repo.Commit("Versión v0.1");
        ReviewerSession.Review(lo, repo.PathOf("out/informe-v0.1.docx"), Returned,
            Author(Reviewer),
            Track(false),
            CommentAcross("reúne a", 0, "Las oficinas de", "Este párrafo y el siguiente dicen lo mismo.", Reviewer),
            Split("trabajan "),
            Split("Protocolo, "),
            // Right after the field of "tabla 1".
            InsertBefore(", y la", " (abajo)"),
            DeleteParagraph("Un párrafo que sobra."),
            NewParagraph("Otro párrafo que se queda.", "Un párrafo nuevo del revisor."));

        var summary = repo.AllasOk("review", "import", Returned);
        var items = ImportedItem.Parse(repo.AllasOk("review", "list", "--json"));
        var chapter = repo.Read(Chapter);
        var presentation = repo.Read(Presentation);

        // Nothing LibreOffice recomputed ("Anexo A", the contents) passes for a reviewer's edit.
        Assert.Equal(["comment", "paragraph-insert", "untracked-edit", "untracked-edit", "untracked-edit", "paragraph-insert"], items.Select(i => i.Kind));
        Assert.Matches(@"total\s+1\s+5\s+6\s+0\s+1\n", summary);

        var across = items.Single(i => i.Kind == "comment");
        Assert.Equal((Presentation, SourcePosition.Of(presentation, "reúne a")), (across.File, (across.Line, across.Column)));
        Assert.Equal("reúne a {{ publication.partners.size }} socios.", across.SourceQuote);
        Assert.Equal("reúne a 2 socios.\nLas oficinas\nLas oficinas de", across.Quote);
        var json = System.Text.Json.JsonDocument.Parse(repo.AllasOk("review", "list", "--json"));
        var next = json.RootElement.GetProperty("comments")[0].GetProperty("source").GetProperty("continues").EnumerateArray().Single();
        Assert.Equal(Chapter, next.GetProperty("file").GetString());
        Assert.Equal(SourcePosition.Of(chapter, "Las oficinas {#"), (next.GetProperty("line").GetInt32(), next.GetProperty("column").GetInt32()));
        Assert.Equal(SourcePosition.EndOf(chapter, "Las oficinas de"), (next.GetProperty("endLine").GetInt32(), next.GetProperty("endColumn").GetInt32()));
        Assert.Equal("Las oficinas {#sec-oficinas}\n\nLas oficinas de", next.GetProperty("quote").GetString());

        var split = items.First(i => i.Kind == "paragraph-insert");
        var (line, column) = SourcePosition.EndOf(chapter, "trabajan ");
        Assert.Equal((Chapter, line, column + 1), (split.File, split.Line, split.Column));
        Assert.StartsWith("u", split.Id);
        var inNote = items.Last(i => i.Kind == "paragraph-insert");
        var beside = items.Single(i => i.Kind == "untracked-edit" && i.Text == " (abajo)");
        var removed = items.Single(i => i.Kind == "untracked-edit" && i.Text == "");
        Assert.Equal(("Un párrafo que sobra.\n\n", SourcePosition.Of(chapter, "Un párrafo que sobra.")), (removed.SourceQuote, (removed.Line, removed.Column)));
        var added = items.Single(i => i.Kind == "untracked-edit" && i.Text == "\n\nUn párrafo nuevo del revisor.");
        var (addedLine, addedColumn) = SourcePosition.EndOf(chapter, "Otro párrafo que se queda.");
        Assert.Equal((addedLine, addedColumn + 1, ""), (added.Line, added.Column, added.SourceQuote));
        Assert.Equal(" (abajo)", beside.Text);
        var (refLine, refColumn) = SourcePosition.EndOf(chapter, "@tbl-socios");
        Assert.Equal((Chapter, refLine, refColumn + 1, ""), (beside.File, beside.Line, beside.Column, beside.SourceQuote));

        // The listing names both files of the comment and says why the split in the note waits for the writers.
        var listing = repo.AllasOk("review", "list");
        Assert.Contains($"{Presentation}:{across.Line}:{across.Column} … {Chapter}:{next.GetProperty("line").GetInt32()}:{next.GetProperty("column").GetInt32()}", listing);
        Assert.Contains("párrafo dividido (sin control)", listing);
        Assert.Contains("a mano: la división cae en una nota al pie", listing);

        // The response matrix shows the comment's place in both chapters.
        repo.AllasOk("review", "matrix", "informe", "--release", "v0.1");
        var matrix = File.ReadAllText(repo.PathOf("out/informe-v0.1-matriz.csv"));
        Assert.Contains($"{Presentation}:{across.Line}; {Chapter}:{next.GetProperty("line").GetInt32()}", matrix);
        Assert.Contains("Presentación / 1 Las oficinas", matrix);

        repo.Commit("Registro de revisión");
        var applied = repo.AllasOk("review", "apply", "--all");

        Assert.Contains("4 aplicados, 1 en conflicto", applied);
        Assert.Contains($"conflicto {inNote.Id} (paragraph-insert)", applied);
        chapter = repo.Read(Chapter);
        Assert.Contains("\"relaciones internacionales\" trabajan\n\ncon prioridades distintas[^prioridades]", chapter);
        Assert.Contains("[^prioridades]: Protocolo, cooperación técnica y promoción.", chapter);
        Assert.Contains("Véase @fig-ciclo y @tbl-socios (abajo), y la @sec-presentacion.", chapter);
        Assert.Contains("[PENDIENTE: datos de personal de cada oficina]\n\nOtro párrafo que se queda.\n\nUn párrafo nuevo del revisor.\n\n![Ciclo", chapter);

        repo.AllasOk("build", "--doc", "informe", "--format", "docx");
        var paragraphs = DocxReviewReader.Read(repo.PathOf("out/informe.docx")).Paragraphs.Select(p => p.OriginalText).ToList();
        Assert.Contains("Las oficinas de «relaciones internacionales» trabajan", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Véase figura 1 y tabla 1 (abajo), y la «Presentación».", StringComparison.Ordinal));
        Assert.Contains("Un párrafo nuevo del revisor.", paragraphs);
        Assert.DoesNotContain("Un párrafo que sobra.", paragraphs);

        var register = Directory.GetFiles(repo.PathOf("content/informe/revisiones"), "*.yml", SearchOption.AllDirectories).Single();
        var before = File.ReadAllBytes(register);
        Assert.Contains("sin cambios", repo.AllasOk("review", "import", Returned));
        Assert.Equal(before, File.ReadAllBytes(register));
    }
}
