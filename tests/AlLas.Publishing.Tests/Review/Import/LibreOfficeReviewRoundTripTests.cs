using AlLas.Publishing.Review;
using AlLas.Publishing.Tests.Releases;
using AlLas.Publishing.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using static AlLas.Publishing.Tests.Review.Import.ReviewerSession;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>
/// The loop of issue 4, end to end, with LibreOffice as the coordinator: release a draft, review it
/// through Writer's UNO API (comments in body text, in a table and across two paragraphs, tracked
/// insertions and deletions, a paragraph split, an edit with recording off), import, apply, rebuild,
/// import again.
/// </summary>
public sealed class LibreOfficeReviewRoundTripTests : IDisposable
{
    private const string Chapter = "content/informe/01-oficinas.md";
    private const string Presentation = "content/informe/00-presentacion.md";
    private const string Reviewer = "Coordinación General";
    private readonly PublicationRepo repo = PublicationRepo.Mini();

    public void Dispose() => repo.Dispose();

    private string Returned => repo.PathOf("informe-v0.1-revisado.docx");

    private void ReleaseAndReview(LibreOffice lo)
    {
        repo.AllasOk("release", "informe", "--label", "v0.1", "--date", "2026-03-02");
        repo.Commit("Versión v0.1");
        ReviewerSession.Review(lo, repo.PathOf("out/informe-v0.1.docx"), Returned,
            Author(Reviewer),
            Track(true),
            Comment("prioridades distintas", "¿Cuáles? Conviene enumerarlas.", Reviewer),
            Comment("Perú", "Falta Colombia.", Reviewer, inTable: true),
            // The table of contents repeats the heading: the second "Recursos" is the heading itself.
            CommentAcross("Recursos", 1, "Véase", "Unir con la sección anterior.", Reviewer),
            InsertAfter("cooperación técnica", " descentralizada"),
            Delete(" y promoción"),
            Split("trabajan "),
            Track(false),
            Replace("reúne a", "agrupa a"));
    }

    [Fact]
    public void Every_item_of_a_LibreOffice_review_lands_on_its_file_line_column_and_quote()
    {
        var lo = LibreOffice.RequireUno();
        ReleaseAndReview(lo);

        var summary = repo.AllasOk("review", "import", Returned);
        var items = ImportedItem.Parse(repo.AllasOk("review", "list", "--json"));

        Assert.Contains("informe/v0.1", summary);
        Assert.Matches(@"total\s+3\s+4\s+7\s+0", summary);
        var chapter = repo.Read(Chapter);
        Assert.All(items, i => Assert.Equal("open", i.Status));
        Assert.All(items, i => Assert.Null(i.Unmapped));

        var onPhrase = items.Single(i => i.Text == "¿Cuáles? Conviene enumerarlas.");
        Assert.Equal((Chapter, SourcePosition.Of(chapter, "prioridades distintas")), (onPhrase.File, (onPhrase.Line, onPhrase.Column)));
        Assert.Equal(SourcePosition.EndOf(chapter, "prioridades distintas"), (onPhrase.EndLine, onPhrase.EndColumn));
        Assert.Equal("prioridades distintas", onPhrase.SourceQuote);
        Assert.Equal(Reviewer, onPhrase.Author);

        // The table's rows come from a Scriban loop: the comment lands on the tag that wrote them.
        var inTable = items.Single(i => i.Text == "Falta Colombia.");
        Assert.Equal((Chapter, SourcePosition.Of(chapter, "{{ for p in publication.partners }}")), (inTable.File, (inTable.Line, inTable.Column)));
        Assert.StartsWith("{{ for p in publication.partners }}", inTable.SourceQuote);
        Assert.Equal("Perú", inTable.Quote);

        var across = items.Single(i => i.Text == "Unir con la sección anterior.");
        Assert.Equal(SourcePosition.Of(chapter, "Recursos"), (across.Line, across.Column));
        Assert.Equal(SourcePosition.EndOf(chapter, "Véase"), (across.EndLine, across.EndColumn));
        Assert.StartsWith("Recursos", across.SourceQuote);
        Assert.EndsWith("Véase", across.SourceQuote);

        var insert = items.Single(i => i.Kind == "insert");
        Assert.Equal(" descentralizada", insert.Text);
        var (line, column) = SourcePosition.EndOf(chapter, "cooperación técnica");
        Assert.Equal((Chapter, line, column + 1, ""), (insert.File, insert.Line, insert.Column, insert.SourceQuote));

        var delete = items.Single(i => i.Kind == "delete");
        Assert.Equal((Chapter, SourcePosition.Of(chapter, " y promoción"), " y promoción"), (delete.File, (delete.Line, delete.Column), delete.SourceQuote));

        var split = items.Single(i => i.Kind == "paragraph-insert");
        Assert.Equal((Chapter, SourcePosition.Of(chapter, "con prioridades")), (split.File, (split.Line, split.Column)));

        var untracked = items.Single(i => i.Kind == "untracked-edit");
        var presentation = repo.Read(Presentation);
        Assert.Equal(("agrupa", "reúne"), (untracked.Text, untracked.SourceQuote));
        Assert.Equal((Presentation, SourcePosition.Of(presentation, "reúne")), (untracked.File, (untracked.Line, untracked.Column)));
        Assert.Equal(Reviewer, untracked.Author);

        Assert.Equal(7, items.Count);
    }

    [Fact]
    public void Applied_revisions_reach_the_next_draft_and_importing_again_changes_nothing()
    {
        var lo = LibreOffice.RequireUno();
        ReleaseAndReview(lo);
        repo.AllasOk("review", "import", Returned);
        var register = Directory.GetFiles(repo.PathOf("content/informe/revisiones"), "*.yml", SearchOption.AllDirectories).Single();

        var applied = repo.AllasOk("review", "apply", "--all");

        Assert.Contains("4 aplicados, 0 en conflicto", applied);
        var chapter = repo.Read(Chapter);
        Assert.Contains("cooperación técnica descentralizada.", chapter);
        Assert.DoesNotContain("y promoción", chapter);
        Assert.Contains("\"relaciones internacionales\" trabajan\n\ncon prioridades distintas", chapter);
        Assert.Contains("Este informe de prueba agrupa a {{ publication.partners.size }} socios.", repo.Read(Presentation));
        var items = ImportedItem.Parse(repo.AllasOk("review", "list", "--json"));
        Assert.All(items.Where(i => i.Kind != "comment"), i => Assert.Equal(("addressed", "aplicado"), (i.Status, i.Response)));
        Assert.All(items.Where(i => i.Kind == "comment"), i => Assert.Equal("open", i.Status));

        repo.AllasOk("build", "--doc", "informe", "--format", "docx");
        var paragraphs = DocxReviewReader.Read(repo.PathOf("out/informe.docx")).Paragraphs.Select(p => p.OriginalText).ToList();
        Assert.Contains("Este informe de prueba agrupa a 2 socios.", paragraphs);
        Assert.Contains("Las oficinas de «relaciones internacionales» trabajan", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("con prioridades distintas", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Trim() == "Protocolo, cooperación técnica descentralizada.");

        var before = File.ReadAllBytes(register);
        var again = repo.AllasOk("review", "import", Returned);
        Assert.Contains("sin cambios", again);
        Assert.Equal(before, File.ReadAllBytes(register));
    }

    [Fact]
    public void A_returned_file_is_matched_to_its_release_without_properties_and_without_the_cover_stamp()
    {
        var lo = LibreOffice.RequireUno();
        ReleaseAndReview(lo);
        // A later release whose text differs (by more than the words the cover, credits and back cover of both share
        // dilute): the returned file must not be taken for it.
        repo.Replace("content/informe/00-presentacion.md", "Este informe de prueba reúne a {{ publication.partners.size }} socios.",
            "Este informe de prueba, escrito de nuevo para la segunda versión, reúne a {{ publication.partners.size }} socios y "
            + "explica con más detalle cómo trabajan sus oficinas, qué prioridades comparten, qué recursos dedican y qué resultados esperan obtener. "
            + "Añade además un balance de los primeros meses, las dificultades encontradas al reunir datos comparables, "
            + "las lecciones que los equipos municipales extrajeron del intercambio y los pasos previstos para la siguiente etapa del proyecto.");
        repo.Commit("Cambio posterior");
        repo.AllasOk("release", "informe", "--label", "v0.2", "--date", "2026-04-01");

        // LibreOffice keeps the custom properties of our drafts...
        using (var word = WordprocessingDocument.Open(Returned, false))
            Assert.Contains("v0.1", word.CustomFilePropertiesPart?.Properties?.InnerText ?? "");
        Assert.Contains("propiedades del documento", repo.AllasOk("review", "import", Returned));

        // ...Google Docs and other editors may not: the cover's stamp still tells the release.
        using (var word = WordprocessingDocument.Open(Returned, true))
            word.DeletePart(word.CustomFilePropertiesPart!);
        Assert.Contains("sello de la portada", repo.AllasOk("review", "import", Returned));

        // A reviewer who also rewrote the cover: the text itself still matches v0.1, not v0.2.
        using (var word = WordprocessingDocument.Open(Returned, true))
        {
            var stamp = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>()
                .Where(t => t.Text.Contains("Versión:", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(stamp);
            foreach (var t in stamp) t.Text = "Versión revisada";
        }
        var output = repo.AllasOk("review", "import", Returned);
        Assert.Contains("informe/v0.1 (reconocida por contenido", output);
    }
}
