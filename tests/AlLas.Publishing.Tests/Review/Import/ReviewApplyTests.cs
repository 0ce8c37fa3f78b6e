using AlLas.Publishing.Content;
using AlLas.Publishing.Review.Import;
using AlLas.Publishing.Tests.Releases;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>
/// `allas review apply` and `respond` on a register written from a reviewer's draft of the committed
/// sources, in a repository of its own.
/// </summary>
public sealed class ReviewApplyTests : IDisposable
{
    private const string Chapter = "content/informe/01-oficinas.md";
    private const string Presentation = "content/informe/00-presentacion.md";
    private readonly PublicationRepo repo = PublicationRepo.Mini();

    public void Dispose() => repo.Dispose();

    /// <summary>Maps the reviewer's draft to the committed sources and writes its register, as `review import` does.</summary>
    private ReviewRegister Imported(Func<ReviewerDraft, ReviewerDraft> review, string file = "revisado.docx")
    {
        var diagnostics = new Diagnostics();
        var document = new PublicationLoader(repo.Root, diagnostics, ReleaseInfo.WorkingDraft(repo.Head())).Load().Documents.Single();
        var blocks = BlockText.Of(document);
        var mapping = ReviewMapper.Map(review(new ReviewerDraft(blocks)).Build(), blocks, [], "Revisora Uno");
        var register = new ReviewRegister
        {
            Document = "informe",
            Release = "v0.1",
            Commit = repo.Head(),
            File = file,
            Sha256 = new string('0', 64),
            Reviewers = ["Revisora Uno"],
            Items = ReviewImport.Items(mapping),
        };
        RegisterStore.Save(repo.Root, register);
        return register;
    }

    private string Id(ReviewRegister register, string kind) => register.Items.Single(i => i.Kind == kind).Id;

    [Fact]
    public void Tracked_and_untracked_edits_are_written_into_the_markdown()
    {
        var register = Imported(d => d.Insert("cooperación técnica", " descentralizada").Delete(" y promoción").Untracked("reúne a", "agrupa a"));

        var output = repo.AllasOk("review", "apply", "--all");

        Assert.Contains("3 aplicados, 0 en conflicto", output);
        Assert.Contains("[^prioridades]: Protocolo, cooperación técnica descentralizada.\n", repo.Read(Chapter));
        Assert.Contains("Este informe de prueba agrupa a {{ publication.partners.size }} socios.", repo.Read(Presentation));
        var settled = RegisterStore.Read(repo.Root, register.Path)!;
        Assert.All(settled.Items, i => Assert.Equal((ItemStatus.Addressed, ItemStatus.AppliedResponse), (i.Status, i.Response)));
    }

    [Fact]
    public void As_criticmarkup_the_edits_are_proposed_for_the_writers_to_settle()
    {
        Imported(d => d.Insert("cooperación técnica", " descentralizada").Delete(" y promoción").Untracked("reúne a", "agrupa a"));

        repo.AllasOk("review", "apply", "--all", "--as-criticmarkup");

        Assert.Contains("cooperación técnica{++ descentralizada++}{-- y promoción--}.", repo.Read(Chapter));
        Assert.Contains("Este informe de prueba {~~reúne~>agrupa~~} a", repo.Read(Presentation));
        // The proposals are CriticMarkup the build understands: the sources still load.
        var diagnostics = new Diagnostics();
        new PublicationLoader(repo.Root, diagnostics, ReleaseInfo.WorkingDraft(null)).Load();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
    }

    [Fact]
    public void An_edit_whose_text_moved_since_the_release_is_applied_where_it_now_stands()
    {
        var register = Imported(d => d.Delete(" y promoción").Untracked("trabajan con", "operan con"));
        repo.Replace(Chapter, "# Las oficinas {#sec-oficinas}\n", "# Las oficinas {#sec-oficinas}\n\nUn párrafo nuevo.\n\nY otro más, que empuja el resto hacia abajo.\n");
        repo.Commit("Párrafos nuevos");

        var output = repo.AllasOk("review", "apply", "--all");

        Assert.Contains("2 aplicados, 0 en conflicto", output);
        var chapter = repo.Read(Chapter);
        Assert.Contains("\"relaciones internacionales\" operan con prioridades", chapter);
        Assert.Contains("Protocolo, cooperación técnica.", chapter);
        Assert.Contains("Un párrafo nuevo.", chapter);
        var moved = register.Items.Single(i => i.Kind == "delete").Source!;
        Assert.Contains($"en {Chapter}:{moved.Line + 4}:{moved.Column}", output);
    }

    [Fact]
    public void An_edit_whose_text_is_gone_is_a_conflict_and_the_file_is_left_untouched()
    {
        var register = Imported(d => d.Delete(" y promoción").Untracked("reúne a", "agrupa a"));
        repo.Replace(Chapter, "Protocolo, cooperación técnica y promoción.", "Protocolo y cooperación.");
        repo.Commit("Nota reescrita");
        var before = repo.Read(Chapter);

        var output = repo.AllasOk("review", "apply", "--all");

        Assert.Contains($"conflicto {Id(register, "delete")} (delete)", output);
        Assert.Contains("1 aplicados, 1 en conflicto", output);
        Assert.Equal(before, repo.Read(Chapter));
        Assert.Contains("agrupa a", repo.Read(Presentation));
        var settled = RegisterStore.Read(repo.Root, register.Path)!;
        Assert.Equal(ItemStatus.Open, settled.Items.Single(i => i.Kind == "delete").Status);
    }

    [Fact]
    public void A_file_with_uncommitted_changes_is_refused_unless_allowed()
    {
        Imported(d => d.Delete(" y promoción"));
        repo.Replace(Chapter, "## Recursos", "## Recursos propios");
        var before = repo.Snapshot();

        var refused = repo.Allas("review", "apply", "--all");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(Chapter, refused.StdErr);
        Assert.Contains("--allow-dirty", refused.StdErr);
        Assert.Equal(before, repo.Snapshot());

        repo.AllasOk("review", "apply", "--all", "--allow-dirty");
        Assert.Contains("Protocolo, cooperación técnica.", repo.Read(Chapter));
        Assert.Contains("## Recursos propios", repo.Read(Chapter));
    }

    [Fact]
    public void Only_the_chosen_items_are_applied_and_an_applied_item_is_not_applied_twice()
    {
        var register = Imported(d => d.Delete(" y promoción").Untracked("reúne a", "agrupa a"));
        var delete = Id(register, "delete");

        repo.AllasOk("review", "apply", delete);
        Assert.Contains("Protocolo, cooperación técnica.", repo.Read(Chapter));
        Assert.DoesNotContain("agrupa", repo.Read(Presentation));

        repo.Commit("Aplicado");
        var again = repo.Allas("review", "apply", delete);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("ya se aplicó", again.StdOut);
        Assert.Contains("Protocolo, cooperación técnica.", repo.Read(Chapter));
    }

    [Fact]
    public void An_edit_of_text_a_template_produced_is_a_conflict_not_an_edit_of_the_tag()
    {
        Imported(d => d.Untracked("Perú", "Perú y Colombia"));
        var before = repo.Read(Chapter);

        var result = repo.Allas("review", "apply", "--all");
        var output = result.StdOut;
        Assert.Equal(1, result.ExitCode);

        Assert.Contains("plantilla", output);
        Assert.Equal(before, repo.Read(Chapter));
    }

    [Fact]
    public void A_paragraph_split_becomes_a_new_paragraph_in_the_markdown()
    {
        Imported(d => d.Split("trabajan "));

        repo.AllasOk("review", "apply", "--all");

        Assert.Contains("\"relaciones internacionales\" trabajan\n\ncon prioridades distintas[^prioridades]", repo.Read(Chapter));
    }

    [Fact]
    public void Writers_settle_comments_and_reimporting_keeps_what_they_wrote()
    {
        var register = Imported(d => d.Comment("prioridades distintas", "¿Cuáles?").Delete(" y promoción"));
        var comment = register.Items.Single(i => i.IsComment).Id;

        repo.AllasOk("review", "respond", comment, "--status", "answered", "--note", "Se enumeran en la nota 1.");
        var listed = ImportedItem.Parse(repo.AllasOk("review", "list", "--json"));
        Assert.Equal(("answered", "Se enumeran en la nota 1."), (listed.Single(i => i.Id == comment).Status, listed.Single(i => i.Id == comment).Response));
        Assert.Single(ImportedItem.Parse(repo.AllasOk("review", "list", "--status", "open", "--json")));

        // The same file imported again: statuses and responses stay as the writers left them.
        var settled = RegisterStore.Read(repo.Root, register.Path)!;
        var reimported = register.KeepingSettlements(settled);
        Assert.False(RegisterStore.Save(repo.Root, reimported));
        Assert.Equal("Se enumeran en la nota 1.", RegisterStore.Read(repo.Root, register.Path)!.Items.Single(i => i.Id == comment).Response);
    }

    [Fact]
    public void An_unknown_or_ambiguous_id_is_refused_with_the_ids_to_use()
    {
        Imported(d => d.Delete(" y promoción"), "cg.docx");
        Imported(d => d.Delete(" y promoción"), "dmri.docx");

        var unknown = repo.Allas("review", "respond", "c99", "--status", "answered");
        Assert.Equal(2, unknown.ExitCode);

        var ambiguous = repo.Allas("review", "apply", "r1");
        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("cg:r1", ambiguous.StdErr);
        Assert.Contains("dmri:r1", ambiguous.StdErr);

        repo.AllasOk("review", "apply", "dmri:r1");
        Assert.Contains("Protocolo, cooperación técnica.", repo.Read(Chapter));
    }

    [Fact]
    public void A_final_release_is_refused_while_items_are_open_unless_forced_with_a_reason()
    {
        Imported(d => d.Comment("prioridades distintas", "¿Cuáles?"));

        var refused = repo.Allas("release", "informe", "--label", "v1.0", "--final");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("abiertos", refused.StdErr);
        // The list the README promises, and the options as they are spelt.
        Assert.Contains("c1 comentario en content/informe/01-oficinas.md:", refused.StdErr);
        Assert.Contains("¿Cuáles?", refused.StdErr);
        Assert.Contains("--force --reason \"motivo\"", refused.StdErr);
        Assert.False(File.Exists(repo.PathOf("content/informe/versiones/v1.0.yml")));

        var noReason = repo.Allas("release", "informe", "--label", "v1.0", "--final", "--force");
        Assert.Equal(2, noReason.ExitCode);
        Assert.Contains("--reason", noReason.StdErr);

        repo.AllasOk("release", "informe", "--label", "v1.0", "--final", "--force", "--reason", "Plazo de entrega");
        var record = AlLas.Publishing.Releases.ReleaseRecord.Parse("r", repo.Read("content/informe/versiones/v1.0.yml"));
        Assert.Equal((true, "Plazo de entrega"), (record.Final, record.ForcedReason));
    }

    [Fact]
    public void A_paragraph_split_with_track_changes_off_becomes_a_new_paragraph_in_the_markdown()
    {
        var register = Imported(d => d.UntrackedSplit("trabajan "));
        Assert.StartsWith("u", register.Items.Single().Id);

        var output = repo.AllasOk("review", "apply", "--all");

        Assert.Contains("1 aplicados, 0 en conflicto", output);
        Assert.Contains("\"relaciones internacionales\" trabajan\n\ncon prioridades distintas[^prioridades]", repo.Read(Chapter));
    }

    [Fact]
    public void Paragraphs_joined_with_track_changes_off_become_one_paragraph_in_the_markdown()
    {
        repo.Replace(Chapter, "[PENDIENTE: datos de personal de cada oficina]", "[PENDIENTE: datos de personal de cada oficina]\n\nOtro párrafo que sigue.");
        repo.Commit("Un párrafo más");
        Imported(d => d.UntrackedJoin("Véase"));

        var output = repo.AllasOk("review", "apply", "--all");

        Assert.Contains("1 aplicados, 0 en conflicto", output);
        Assert.Contains("[PENDIENTE: datos de personal de cada oficina] Otro párrafo que sigue.", repo.Read(Chapter));
    }

    [Fact]
    public void A_split_that_markdown_cannot_say_with_a_blank_line_is_listed_as_a_decision_by_hand()
    {
        var register = Imported(d => d.UntrackedSplit("Protocolo, "));
        var before = repo.Read(Chapter);

        var listed = repo.AllasOk("review", "list");
        var result = repo.Allas("review", "apply", "--all");
        var output = result.StdOut;

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a mano: la división cae en una nota al pie", listed);
        Assert.Contains($"conflicto {register.Items.Single().Id} (paragraph-insert)", output);
        Assert.Contains("decisión a mano", output);
        Assert.Equal(before, repo.Read(Chapter));
        Assert.Equal(ItemStatus.Open, RegisterStore.Read(repo.Root, register.Path)!.Items.Single().Status);
    }

    [Fact]
    public void A_paragraph_typed_or_removed_with_track_changes_off_is_written_into_the_markdown()
    {
        repo.Replace(Chapter, "[PENDIENTE: datos de personal de cada oficina]\n", "[PENDIENTE: datos de personal de cada oficina]\n\nUn párrafo que sobra.\n\nOtro párrafo que se queda.\n");
        repo.Commit("Dos párrafos más");
        var register = Imported(d => d.UntrackedRemoveParagraph("Un párrafo que sobra.").UntrackedNewParagraph("Otro párrafo que se queda.", "Un párrafo nuevo del revisor."));
        Assert.Equal(2, register.Items.Count(i => i.Kind == "untracked-edit" && i.Manual is null));

        var output = repo.AllasOk("review", "apply", "--all");

        Assert.Contains("2 aplicados, 0 en conflicto", output);
        Assert.Contains("[PENDIENTE: datos de personal de cada oficina]\n\nOtro párrafo que se queda.\n\nUn párrafo nuevo del revisor.\n\n![Ciclo", repo.Read(Chapter));
        Assert.DoesNotContain("sobra", repo.Read(Chapter));
    }

    [Fact]
    public void A_paragraph_rewritten_beyond_recognition_is_left_to_the_writers_not_deleted()
    {
        repo.Replace(Chapter, "[PENDIENTE: datos de personal de cada oficina]\n", "[PENDIENTE: datos de personal de cada oficina]\n\nUn párrafo que el revisor cambia entero.\n");
        repo.Commit("Un párrafo más");
        Imported(d => d.UntrackedRemoveParagraph("Un párrafo que el revisor").UntrackedNewParagraph("Véase", "Texto completamente distinto escrito en su lugar."));
        var before = repo.Read(Chapter);

        var listed = repo.AllasOk("review", "list");
        var result = repo.Allas("review", "apply", "--all");
        var output = result.StdOut;

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a mano: el revisor reescribió o movió párrafos enteros", listed);
        Assert.Contains("0 aplicados, 2 en conflicto", output);
        Assert.Equal(before, repo.Read(Chapter));
    }

    [Fact]
    public void The_same_file_imported_under_two_names_is_applied_once_and_settles_both()
    {
        var first = Imported(d => d.Delete(" y promoción").Split("trabajan ").Insert("Las oficinas de", " las ciudades y"), "revisado.docx");
        var second = Imported(d => d.Delete(" y promoción").Split("trabajan ").Insert("Las oficinas de", " las ciudades y"), "revisado (1).docx");
        var expected = repo.Read(Chapter)
            .Replace("cooperación técnica y promoción.", "cooperación técnica.")
            .Replace("trabajan con prioridades", "trabajan\n\ncon prioridades")
            .Replace("Las oficinas de \"relaciones", "Las oficinas de las ciudades y \"relaciones");

        var output = repo.AllasOk("review", "apply", "--all");

        Assert.Equal(expected, repo.Read(Chapter));
        Assert.Contains("6 aplicados, 0 en conflicto", output);
        foreach (var register in new[] { first, second })
            Assert.All(RegisterStore.Read(repo.Root, register.Path)!.Items, i => Assert.Equal(ItemStatus.Addressed, i.Status));
    }

    [Fact]
    public void A_deletion_whose_text_stands_only_elsewhere_now_is_a_conflict_with_its_place_not_an_edit_of_another_line()
    {
        var register = Imported(d => d.Delete(" y promoción"));
        repo.Replace(Chapter, "Protocolo, cooperación técnica y promoción.", "Protocolo y cooperación técnica.");
        repo.Replace(Chapter, "[PENDIENTE: datos de personal de cada oficina]", "Oficinas de cooperación y promoción económica.");
        repo.Commit("Nota reescrita");
        var before = repo.Read(Chapter);

        var result = repo.Allas("review", "apply", "--all");

        Assert.Equal(1, result.ExitCode);
        var item = register.Items.Single();
        Assert.Contains($"conflicto {item.Id} (delete) en {Chapter}:{item.Source!.Line}:", result.StdOut);
        Assert.Contains("0 aplicados, 1 en conflicto", result.StdOut);
        Assert.Equal(before, repo.Read(Chapter));
    }

    [Fact]
    public void A_deletion_applied_once_is_not_applied_again_where_its_words_stand_elsewhere()
    {
        var first = Imported(d => d.Delete(" y promoción"), "revisado.docx");
        repo.AllasOk("review", "apply", "--all");
        repo.Replace(Chapter, "[PENDIENTE: datos de personal de cada oficina]", "Oficinas de cooperación técnica y promoción económica.");
        repo.Commit("Aplicado y un párrafo nuevo");
        // The same file again, under the name a second download gets: its deletion is already in the sources.
        RegisterStore.Save(repo.Root, first with { File = "revisado (1).docx" });
        var before = repo.Read(Chapter);

        var result = repo.Allas("review", "apply", "--all");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, repo.Read(Chapter));
    }

    [Fact]
    public void Review_list_keeps_its_columns_aligned_with_long_ids_and_labels()
    {
        Imported(d => d.Comment("prioridades distintas", "¿Cuáles?").Delete(" y promoción").UntrackedSplit("trabajan "), "revisado-por-la-coordinacion.docx");
        Imported(d => d.Comment("prioridades distintas", "Otra."), "cgp.docx");

        var lines = repo.AllasOk("review", "list").Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ')).ToList();

        Assert.Equal(4, lines.Count);
        // Every status starts in the same column, whatever the id and the kind before it.
        var columns = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @" (open) ").Index).Distinct().ToList();
        Assert.Single(columns);
        Assert.Single(lines.Select(l => l.IndexOf("Revisora Uno", StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public void A_change_apply_could_not_write_reads_conflicto_with_its_reason_in_the_matrix_until_an_apply_writes_it()
    {
        var register = Imported(d => d.Delete(" y promoción").Untracked("reúne a", "agrupa a"));
        var delete = Id(register, "delete");
        repo.Replace(Chapter, "Protocolo, cooperación técnica y promoción.", "Protocolo y cooperación.");
        repo.Commit("Nota reescrita");
        repo.AllasOk("review", "apply", "--all");

        var conflicted = RegisterStore.Read(repo.Root, register.Path)!.Items.Single(i => i.Id == delete);
        Assert.Equal(ItemStatus.Open, conflicted.Status);
        Assert.StartsWith("el texto sobre el que se hizo el cambio", conflicted.Conflict);
        Assert.Contains("conflicto: el texto sobre el que se hizo el cambio", repo.AllasOk("review", "list"));
        Assert.EndsWith(";no se pudo aplicar: el texto sobre el que se hizo el cambio, con lo que lo rodeaba, ya no está (o está en varios lugares) en la fuente;conflicto",
            MatrixLine("eliminación:  y promoción"));

        // The writers bring the sentence back; the next apply writes the deletion and the matrix says so.
        repo.Replace(Chapter, "Protocolo y cooperación.", "Protocolo, cooperación técnica y promoción.");
        repo.Commit("Nota restituida");
        Assert.Contains("1 aplicados, 0 en conflicto", repo.AllasOk("review", "apply", "--all"));

        var applied = RegisterStore.Read(repo.Root, register.Path)!.Items.Single(i => i.Id == delete);
        Assert.Null(applied.Conflict);
        Assert.DoesNotContain("conflicto:", repo.AllasOk("review", "list"));
        Assert.DoesNotContain("conflict:", File.ReadAllText(repo.PathOf(register.Path)));
        Assert.EndsWith(";aceptado (aplicado)", MatrixLine("eliminación:  y promoción"));
    }

    /// <summary>The line of the round's CSV matrix that lists an item, the matrix made afresh.</summary>
    private string MatrixLine(string item)
    {
        repo.AllasOk("review", "matrix", "informe", "--release", "v0.1");
        var csv = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(repo.PathOf("out/informe-v0.1-matriz.csv"))).TrimStart('\uFEFF');
        return Assert.Single(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), l => l.Contains(item, StringComparison.Ordinal));
    }

    [Fact]
    public void The_matrix_lists_every_proposed_change_with_its_answer_after_the_comments()
    {
        var register = Imported(d => d.Comment("prioridades distintas", "¿Cuáles?").Delete(" y promoción").Insert("cooperación técnica", " descentralizada"));
        var (delete, insert) = (Id(register, "delete"), Id(register, "insert"));
        repo.AllasOk("review", "apply", delete);
        repo.AllasOk("review", "respond", insert, "--status", "declined", "--note", "La nota habla de todas las formas de cooperación.");

        repo.AllasOk("review", "matrix", "informe", "--release", "v0.1");

        var csv = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(repo.PathOf("out/informe-v0.1-matriz.csv"))).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("1;Revisora Uno;", lines[1]);
        Assert.Contains("¿Cuáles?", lines[1]);
        Assert.Contains("eliminación:  y promoción", lines[2]);
        Assert.EndsWith(";aceptado (aplicado)", lines[2]);
        Assert.Contains("inserción:  descentralizada", lines[3]);
        Assert.EndsWith(";La nota habla de todas las formas de cooperación.;no aceptado", lines[3]);
        Assert.Contains("1 comentario y 2 cambios propuestos", File.ReadAllText(repo.PathOf("out/informe-v0.1-matriz.html")));
    }

    [Fact]
    public void A_declined_change_gets_the_writers_answer_at_its_place_in_the_redline()
    {
        repo.Git("tag", "v0.1");
        var register = Imported(d => d.Delete(" y promoción").Insert("cooperación técnica", " descentralizada"));
        repo.AllasOk("review", "respond", Id(register, "delete"), "--status", "declined", "--note", "La promoción es una de las tres funciones.");
        repo.AllasOk("review", "apply", Id(register, "insert"));
        repo.Commit("Respuestas");

        repo.AllasOk("build", "--doc", "informe", "--redline-since", "v0.1");

        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(repo.PathOf("out/informe-cambios-desde-v0.1.docx"), false);
        var comments = word.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<DocumentFormat.OpenXml.Wordprocessing.Comment>()
            .Select(c => (c.Author?.Value, c.InnerText)).ToList();
        // The deleted words were in a note: the answer sits on the note's mark, naming them.
        Assert.Contains(comments, c => c.Value == "Revisora Uno" && c.InnerText.EndsWith("eliminación propuesta:  y promoción", StringComparison.Ordinal));
        Assert.Contains(comments, c => c.InnerText == "No aceptado. La promoción es una de las tres funciones.");
        // The applied insertion needs no words: it shows as done.
        Assert.DoesNotContain(comments, c => c.InnerText.Contains("descentralizada", StringComparison.Ordinal));
    }

    [Fact]
    public void A_split_beside_an_empty_deletion_lists_the_split_alone()
    {
        var register = Imported(d => d.Delete("", "trabajan").Split("trabajan "));

        Assert.Equal(["paragraph-insert"], register.Items.Select(i => i.Kind));
        Assert.DoesNotContain("eliminación", repo.AllasOk("review", "list"));
    }
}
