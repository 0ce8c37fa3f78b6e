using AlLas.Publishing.Review;
using AlLas.Publishing.Tests.Releases;
using AlLas.Publishing.Tests.Support;
using static AlLas.Publishing.Tests.Review.Import.ReviewerSession;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>
/// `review apply` writes exactly what the coordinator did or nothing: splits after a sentence (Enter
/// before or after the space), a tracked join, an insertion beside a deletion. After apply, the draft
/// built from the sources reads, paragraph by paragraph, as the coordinator's file with every change
/// accepted in LibreOffice.
/// </summary>
public sealed class LibreOfficeExactApplyTests : IDisposable
{
    private const string Chapter = "content/informe/01-oficinas.md";
    private const string Reviewer = "Coordinación General";
    private const string Sentences =
        "Son estructuras jóvenes, frágiles y diversas. Su fragilidad no se debe a la falta de sentido. Por eso conviene actuar pronto.\n\n"
        + "Primer párrafo que se une.\n\nSegundo párrafo que se une.\n\n"
        + "Una frase con palabras sobrantes y una palabra cambiada.\n";
    private readonly PublicationRepo repo = PublicationRepo.Mini();

    public void Dispose() => repo.Dispose();

    private string Returned => repo.PathOf("informe-v0.1-revisado.docx");

    private void Release()
    {
        repo.Replace(Chapter, "## Recursos {#sec-recursos}\n", Sentences + "\n## Recursos {#sec-recursos}\n");
        repo.Commit("Párrafos para revisar");
        repo.AllasOk("release", "informe", "--label", "v0.1", "--date", "2026-03-02");
        repo.Commit("Versión v0.1");
    }

    /// <summary>The body paragraphs of a docx from the first to the last holding one of these words.</summary>
    private static List<string> Body(string docx)
    {
        var paragraphs = DocxReviewReader.Read(docx).Paragraphs.Where(p => p.Part == ReviewerDraft.Body).Select(p => p.OriginalText.Trim()).ToList();
        var first = paragraphs.FindIndex(p => p.StartsWith("Son estructuras", StringComparison.Ordinal));
        var last = paragraphs.FindIndex(p => p.StartsWith("Una frase", StringComparison.Ordinal));
        Assert.True(first >= 0 && last >= first, string.Join("\n", paragraphs));
        return paragraphs[first..(last + 1)];
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Splits_a_join_and_edits_side_by_side_read_as_the_coordinators_file_with_every_change_accepted(bool tracked)
    {
        var lo = LibreOffice.RequireUno();
        Release();
        ReviewerSession.Review(lo, repo.PathOf("out/informe-v0.1.docx"), Returned,
            Author(Reviewer),
            Track(tracked),
            // Enter before the next sentence (the space stays on the first line), and right after the full stop.
            Split("diversas. "),
            Split("de sentido."),
            Join("Primer párrafo que se une."),
            InsertAfter("Primer párrafo que se une.", " "),
            Delete(" sobrantes"),
            Replace("cambiada", "corregida"));
        var accepted = repo.PathOf("aceptado.docx");
        ReviewerSession.Review(lo, Returned, accepted, AcceptAll());

        repo.AllasOk("review", "import", Returned);
        var applied = repo.AllasOk("review", "apply", "--all");

        Assert.Contains(" 0 en conflicto", applied);
        var chapter = repo.Read(Chapter);
        Assert.Contains("diversas.\n\nSu fragilidad", chapter);
        Assert.Contains("de sentido.\n\nPor eso conviene", chapter);
        repo.AllasOk("build", "--doc", "informe", "--format", "docx");
        Assert.Equal(Body(accepted), Body(repo.PathOf("out/informe.docx")));
        // Every character the coordinator kept is still in the sources.
        var letters = string.Concat(Sentences.Where(char.IsLetterOrDigit)).Replace("sobrantes", "").Replace("cambiada", "corregida");
        var now = chapter[chapter.IndexOf("Son estructuras", StringComparison.Ordinal)..chapter.IndexOf("## Recursos", StringComparison.Ordinal)];
        Assert.Equal(letters, string.Concat(now.Where(char.IsLetterOrDigit)));
    }

    [Fact]
    public void A_returned_file_is_one_round_whatever_its_name_and_a_copy_saved_again_too()
    {
        var lo = LibreOffice.RequireUno();
        Release();
        ReviewerSession.Review(lo, repo.PathOf("out/informe-v0.1.docx"), Returned,
            Author(Reviewer), Track(true), Comment("frágiles", "¿Por qué frágiles?", Reviewer), Delete(" sobrantes"));
        var download = repo.PathOf("informe-v0.1-revisado (1).docx");
        File.Copy(Returned, download);
        var resaved = repo.PathOf("guardado-de-nuevo.docx");
        ReviewerSession.Review(lo, Returned, resaved);
        Assert.NotEqual(File.ReadAllBytes(Returned), File.ReadAllBytes(resaved));

        repo.AllasOk("review", "import", Returned);
        var registers = repo.PathOf("content/informe/revisiones");
        var before = repo.Snapshot();
        var again = repo.AllasOk("review", "import", download);
        var copy = repo.AllasOk("review", "import", resaved);

        Assert.Contains("informe-v0.1-revisado (1).docx repite la importación de informe-v0.1-revisado.docx (el mismo archivo)", again);
        Assert.Contains("guardado-de-nuevo.docx repite la importación de informe-v0.1-revisado.docx (una copia guardada de nuevo con las mismas marcas)", copy);
        Assert.Equal(before, repo.Snapshot());
        Assert.Single(Directory.GetFiles(registers, "*.yml", SearchOption.AllDirectories));

        // A second reviewer's file of the same release: its ids follow the first's, so that a bare id names one item.
        var other = repo.PathOf("dmri.docx");
        ReviewerSession.Review(lo, repo.PathOf("out/informe-v0.1.docx"), other,
            Author("DMRI"), Track(true), Comment("frágiles", "Otra mirada.", "DMRI"), Delete(" que se une"));
        repo.AllasOk("review", "import", other);
        var items = ImportedItem.Parse(repo.AllasOk("review", "list", "--json"));
        Assert.Equal(4, items.Count);
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        var theirs = items.Single(i => i.Text == "Otra mirada.");
        Assert.Contains($"{theirs.Id}: answered", repo.AllasOk("review", "respond", theirs.Id, "--status", "answered", "--note", "Gracias."));
        // Importing it again keeps its ids and the answer.
        repo.AllasOk("review", "import", other);
        Assert.Equal("answered", ImportedItem.Parse(repo.AllasOk("review", "list", "--json")).Single(i => i.Id == theirs.Id).Status);
    }

    [Fact]
    public void An_untouched_release_writes_no_register_and_says_so()
    {
        var lo = LibreOffice.RequireUno();
        Release();
        var opened = repo.PathOf("abierto-y-guardado.docx");
        ReviewerSession.Review(lo, repo.PathOf("out/informe-v0.1.docx"), opened);
        var before = repo.Snapshot();

        var untouched = repo.AllasOk("review", "import", repo.PathOf("out/informe-v0.1.docx"));
        var saved = repo.AllasOk("review", "import", opened);

        Assert.Contains("informe-v0.1.docx no tiene comentarios ni cambios respecto de la versión informe/v0.1: no se escribe ningún registro", untouched);
        Assert.Contains("abierto-y-guardado.docx no tiene comentarios ni cambios", saved);
        Assert.Equal(before, repo.Snapshot());
    }
}

/// <summary>The same on the repository's own executive summary: splits before a sentence of the real text keep every letter.</summary>
public sealed class LibreOfficeExactApplyOnRealContentTests : IDisposable
{
    private const string Workshop = "content/resumen-ejecutivo/02-el-taller.md";
    private const string Presentation = "content/resumen-ejecutivo/01-presentacion.md";
    private readonly PublicationRepo repo = PublicationRepo.RealContent();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void Splits_before_por_eso_keep_every_letter()
    {
        var lo = LibreOffice.RequireUno();
        repo.AllasOk("release", "resumen-ejecutivo", "--label", "v0.1", "--date", "2026-03-02");
        repo.Commit("Versión v0.1");
        var returned = repo.PathOf("revisado.docx");
        ReviewerSession.Review(lo, repo.PathOf("out/resumen-ejecutivo-v0.1.docx"), returned,
            Author("Coordinación General"),
            Track(true),
            Split("europeos no son ciudades. "),
            Split("al Cuaderno 2."),
            Split("Este resumen no debe confundirse con el documento base que cerrará la asistencia."));

        repo.AllasOk("review", "import", returned);
        var applied = repo.AllasOk("review", "apply", "--all");

        Assert.Contains("3 aplicados, 0 en conflicto", applied);
        Assert.Contains("no son ciudades.\n\nPor eso la metodología", repo.Read(Workshop));
        Assert.Contains("la asistencia.\n\nEl resumen mira", repo.Read(Presentation));
        Assert.Contains("al Cuaderno 2.\n\nPor eso aquí", repo.Read(Presentation));
    }
}

/// <summary>The base document, where the loop was tried: the split before "Su fragilidad".</summary>
public sealed class LibreOfficeExactApplyOnBaseDocumentTests : IDisposable
{
    private const string Chapter = "content/cuaderno-2/08-prospectiva-recomendaciones.md";
    private readonly PublicationRepo repo = PublicationRepo.RealContent();

    public void Dispose() => repo.Dispose();

    [Theory]
    [InlineData(true, "frágiles y diversas. ")]
    [InlineData(false, "frágiles y diversas.")]
    public void A_split_before_su_fragilidad_keeps_every_letter(bool tracked, string after)
    {
        var lo = LibreOffice.RequireUno();
        repo.AllasOk("release", "cuaderno-2", "--label", "v0.1", "--date", "2026-03-02");
        repo.Commit("Versión v0.1");
        var returned = repo.PathOf("revisado.docx");
        ReviewerSession.Review(lo, repo.PathOf("out/cuaderno-2-v0.1.docx"), returned,
            Author("Coordinación General"),
            Track(tracked),
            Split(after));

        repo.AllasOk("review", "import", returned);
        var applied = repo.AllasOk("review", "apply", "--all");

        Assert.Contains("1 aplicados, 0 en conflicto", applied);
        Assert.Contains("frágiles y diversas.\n\nSu fragilidad no se debe", repo.Read(Chapter));
        // Only the line of the split changed.
        Assert.Equal("3\t1\t" + Chapter, repo.Git("diff", "--numstat", "HEAD").Trim());
    }
}
