using AlLas.Publishing.Content;
using AlLas.Publishing.Review;
using AlLas.Publishing.Review.Import;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>
/// Mapping a reviewer's items back to the Markdown of a small publication: the reviewer's paragraphs
/// are the release's own blocks, edited and commented the way a word processor records it.
/// </summary>
public sealed class ReviewMapperTests : IDisposable
{
    private const string Chapter = "content/informe/01-oficinas.md";
    private readonly MiniPublication mini = new();
    private readonly Document document;
    private readonly IReadOnlyList<BlockText> blocks;

    public ReviewMapperTests()
    {
        document = mini.Load().Documents.Single();
        blocks = BlockText.Of(document);
    }

    public void Dispose() => mini.Dispose();

    private ReviewMapping Map(ReviewerDraft draft) =>
        ReviewMapper.Map(draft.Build(), blocks, Data(), "Revisora Uno");

    private IReadOnlyList<SourceText> Data() =>
        [new SourceText(Paths.PublicationFile, mini.Read(Paths.PublicationFile)), new SourceText("content/informe/document.yml", mini.Read("content/informe/document.yml"))];

    /// <summary>Line and column (1-based) of the first occurrence of text in a file of the publication, as an editor shows them.</summary>
    private (int Line, int Column) Where(string file, string text, int nth = 0)
    {
        var source = mini.Read(file);
        var at = -1;
        for (var i = 0; i <= nth; i++) at = source.IndexOf(text, at + 1, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{file} does not hold «{text}»");
        var before = source[..at];
        return (before.Count(c => c == '\n') + 1, at - (before.LastIndexOf('\n') + 1) + 1);
    }

    /// <summary>The chapter's line once an untracked edit is written where it maps: what `review apply` will do.</summary>
    private string Applied(UntrackedEdit edit)
    {
        var source = Source(edit.Mapping);
        var text = new SourceText(source.File, mini.Read(source.File));
        var start = text.Offset(source.Line, source.Column);
        var end = source.IsPoint ? start : text.Offset(source.EndLine, source.EndColumn) + 1;
        var edited = text.Text[..start] + edit.Revision.Text + text.Text[end..];
        return edited.Split('\n')[source.Line - 1];
    }

    private static SourceLocation Source(ItemMapping mapping)
    {
        Assert.True(mapping.Source is not null, $"unmapped: {mapping.Unmapped}");
        return mapping.Source;
    }

    [Fact]
    public void A_comment_on_a_phrase_lands_on_its_line_column_and_text()
    {
        var mapping = Map(new ReviewerDraft(blocks).Comment("prioridades distintas", "¿Cuáles?"));

        var source = Source(mapping.Comments.Single().Mapping);
        Assert.Equal(Chapter, source.File);
        Assert.Equal(Where(Chapter, "prioridades distintas"), (source.Line, source.Column));
        Assert.Equal("prioridades distintas", source.Quote);
        Assert.Equal((source.Line, source.Column + "prioridades distintas".Length - 1), (source.EndLine, source.EndColumn));
        Assert.Empty(mapping.Untracked);
    }

    [Fact]
    public void Typographic_quotes_map_back_to_the_straight_quotes_written_in_the_source()
    {
        var mapping = Map(new ReviewerDraft(blocks).Comment("«relaciones internacionales»", "Sin comillas."));

        var source = Source(mapping.Comments.Single().Mapping);
        Assert.Equal("\"relaciones internacionales\"", source.Quote);
        Assert.Equal(Where(Chapter, "\"relaciones"), (source.Line, source.Column));
    }

    [Fact]
    public void A_comment_on_text_a_template_loop_produced_lands_on_the_for_tag()
    {
        var mapping = Map(new ReviewerDraft(blocks).Comment("Perú", "¿Y Colombia?"));

        var source = Source(mapping.Comments.Single().Mapping);
        Assert.Equal(Chapter, source.File);
        Assert.Equal(Where(Chapter, "{{ for p in publication.partners }}"), (source.Line, source.Column));
        Assert.StartsWith("{{ for p in publication.partners }}", source.Quote);
    }

    [Fact]
    public void A_comment_on_a_value_a_template_expression_produced_lands_on_its_tag()
    {
        var mapping = Map(new ReviewerDraft(blocks).Comment("2 socios", "Son más."));

        var source = Source(mapping.Comments.Single().Mapping);
        Assert.Equal("content/informe/00-presentacion.md", source.File);
        // From the tag that wrote the number to the end of the commented word.
        Assert.Equal(Where("content/informe/00-presentacion.md", "{{ publication.partners.size }}"), (source.Line, source.Column));
        Assert.Equal("{{ publication.partners.size }} socios", source.Quote);
    }

    [Fact]
    public void A_comment_across_two_paragraphs_spans_both_in_the_source()
    {
        var mapping = Map(new ReviewerDraft(blocks).CommentAcross("Recursos", "Véase figura 1", "Reordenar."));

        var source = Source(mapping.Comments.Single().Mapping);
        Assert.Equal(Where(Chapter, "Recursos"), (source.Line, source.Column));
        Assert.Equal(Where(Chapter, "@fig-ciclo"), (source.EndLine, source.EndColumn - "@fig-ciclo".Length + 1));
        Assert.StartsWith("Recursos {#sec-recursos}\n\nVéase @fig-ciclo", source.Quote);
    }

    [Fact]
    public void A_comment_on_a_cross_reference_lands_on_the_reference_as_written()
    {
        var mapping = Map(new ReviewerDraft(blocks).Comment("tabla 1", "¿Qué tabla?"));

        var source = Source(mapping.Comments.Single().Mapping);
        Assert.Equal("@tbl-socios", source.Quote);
        Assert.Equal(Where(Chapter, "@tbl-socios"), (source.Line, source.Column));
    }

    [Fact]
    public void A_comment_in_a_footnote_lands_on_the_footnote_definition()
    {
        var mapping = Map(new ReviewerDraft(blocks).Comment("cooperación técnica", "Definir."));

        var source = Source(mapping.Comments.Single().Mapping);
        Assert.Equal(Where(Chapter, "cooperación técnica"), (source.Line, source.Column));
        Assert.Equal("cooperación técnica", source.Quote);
    }

    [Fact]
    public void A_tracked_insertion_lands_on_the_point_where_its_text_goes()
    {
        var mapping = Map(new ReviewerDraft(blocks).Insert("prioridades distintas", " y cambiantes"));

        var source = Source(mapping.Revisions.Single().Mapping);
        var (line, column) = Where(Chapter, "prioridades distintas");
        Assert.True(source.IsPoint);
        Assert.Equal((line, column + "prioridades distintas".Length), (source.Line, source.Column));
        Assert.EndsWith("prioridades distintas", source.Before);
        Assert.StartsWith("[^prioridades]", source.After);
    }

    [Fact]
    public void A_tracked_deletion_lands_on_the_deleted_source_text()
    {
        var mapping = Map(new ReviewerDraft(blocks).Delete(" técnica", inParagraphWith: "Protocolo"));

        var source = Source(mapping.Revisions.Single().Mapping);
        Assert.Equal(" técnica", source.Quote);
        Assert.Equal(Where(Chapter, " técnica"), (source.Line, source.Column));
    }

    [Fact]
    public void An_edit_made_with_track_changes_off_is_found_and_mapped()
    {
        var mapping = Map(new ReviewerDraft(blocks).Untracked("trabajan con", "operan con"));

        var edit = Assert.Single(mapping.Untracked);
        Assert.Equal("trabajan", edit.Replaced);
        Assert.Equal("operan", edit.Revision.Text);
        Assert.Equal(RevisionKind.UntrackedEdit, edit.Revision.Kind);
        var source = Source(edit.Mapping);
        Assert.Equal("trabajan", source.Quote);
        Assert.Equal(Where(Chapter, "trabajan"), (source.Line, source.Column));
        // The docx location points at the reviewer's new text.
        var location = edit.Revision.Location!;
        Assert.Equal("operan", location.ParagraphText[location.Start..location.End]);
    }

    [Fact]
    public void Items_in_a_paragraph_the_reviewer_also_edited_untracked_still_land_right()
    {
        var draft = new ReviewerDraft(blocks).Untracked("Las oficinas de", "Todas las oficinas de");
        draft.Comment("prioridades distintas", "¿Cuáles?");
        var mapping = Map(draft);

        var source = Source(mapping.Comments.Single().Mapping);
        Assert.Equal(Where(Chapter, "prioridades distintas"), (source.Line, source.Column));
        var edit = Assert.Single(mapping.Untracked);
        Assert.Contains("Todas las oficinas de \"relaciones internacionales\"", Applied(edit));
    }

    [Fact]
    public void A_tracked_paragraph_split_is_read_as_one_paragraph_and_lands_where_it_splits()
    {
        var mapping = Map(new ReviewerDraft(blocks).Comment("prioridades distintas", "¿Cuáles?").Split("trabajan "));

        var split = mapping.Revisions.Single(r => r.Revision.Kind == RevisionKind.ParagraphInsert);
        var source = Source(split.Mapping);
        var (line, column) = Where(Chapter, "trabajan ");
        Assert.Equal((line, column + "trabajan ".Length), (source.Line, source.Column));
        Assert.Empty(mapping.Untracked);
        Assert.Equal(Where(Chapter, "prioridades distintas"), (Source(mapping.Comments.Single().Mapping).Line, Source(mapping.Comments.Single().Mapping).Column));
    }

    [Fact]
    public void Header_text_drawn_from_publication_data_lands_on_the_data_entry()
    {
        var draft = new ReviewerDraft(blocks, ("word/header1.xml", "Ciudades al mundo"));
        var mapping = ReviewMapper.Map(
            new ReviewExtract("r.docx", [new ReviewComment("9", null, "R", null, null, false, "¿Lema?", "Ciudades al mundo",
                new DocxLocation("word/header1.xml", 0, 0, 0, 17, "Ciudades al mundo"))], []) { Paragraphs = draft.Build().Paragraphs },
            blocks, Data(), "R");

        var source = Source(mapping.Comments.Single().Mapping);
        Assert.Equal(Paths.PublicationFile, source.File);
        Assert.Equal(Where(Paths.PublicationFile, "Ciudades al mundo"), (source.Line, source.Column));
    }

    [Fact]
    public void A_comment_on_text_the_release_never_had_is_kept_unmapped_with_its_reason()
    {
        var draft = new ReviewerDraft(blocks, (ReviewerDraft.Body, "Un párrafo que ninguna versión tuvo jamás, escrito aparte."));
        draft.Comment("ninguna versión", "?");
        var mapping = Map(draft);

        var comment = mapping.Comments.Single();
        Assert.Null(comment.Mapping.Source);
        Assert.Equal(ReviewMapper.NoParagraph, comment.Mapping.Unmapped);
    }

    [Fact]
    public void A_comment_from_the_end_of_one_chapter_into_the_next_keeps_its_part_in_each_file()
    {
        var mapping = Map(new ReviewerDraft(blocks).CommentAcross("reúne a", "Las oficinas de", "Cruza capítulos."));

        var comment = mapping.Comments.Single().Mapping;
        var first = Source(comment);
        Assert.Equal("content/informe/00-presentacion.md", first.File);
        Assert.Equal(Where("content/informe/00-presentacion.md", "reúne a"), (first.Line, first.Column));
        Assert.Equal("reúne a {{ publication.partners.size }} socios.", first.Quote);
        var next = Assert.Single(comment.Continues);
        Assert.Equal(Chapter, next.File);
        Assert.Equal(Where(Chapter, "Las oficinas {#"), (next.Line, next.Column));
        Assert.Equal("Las oficinas {#sec-oficinas}\n\nLas oficinas de", next.Quote);
    }

    [Fact]
    public void A_paragraph_split_with_track_changes_off_is_a_split_where_it_was_made_and_loses_no_text()
    {
        var mapping = Map(new ReviewerDraft(blocks).UntrackedSplit("trabajan "));

        var split = Assert.Single(mapping.Untracked);
        Assert.Equal(RevisionKind.ParagraphInsert, split.Revision.Kind);
        var source = Source(split.Mapping);
        var (line, column) = Where(Chapter, "trabajan ");
        Assert.Equal((Chapter, line, column + "trabajan ".Length), (source.File, source.Line, source.Column));
        Assert.True(source.IsPoint);
        Assert.Null(split.Mapping.Manual);
    }

    [Fact]
    public void A_paragraph_split_with_track_changes_off_inside_a_footnote_is_left_to_the_writers()
    {
        var mapping = Map(new ReviewerDraft(blocks).UntrackedSplit("Protocolo, "));

        var split = Assert.Single(mapping.Untracked);
        Assert.Equal(RevisionKind.ParagraphInsert, split.Revision.Kind);
        Assert.Contains("nota al pie", split.Mapping.Manual);
    }

    [Fact]
    public void Two_paragraphs_joined_with_track_changes_off_are_a_join_of_their_sources_and_lose_no_text()
    {
        mini.Replace(Chapter, "[PENDIENTE: datos de personal de cada oficina]", "[PENDIENTE: datos de personal de cada oficina]\n\nOtro párrafo que sigue.");
        var draft = new ReviewerDraft(BlockText.Of(mini.Load().Documents.Single())).UntrackedJoin("Véase");
        var mapping = ReviewMapper.Map(draft.Build(), BlockText.Of(mini.Load().Documents.Single()), Data(), "Revisora Uno");

        var join = Assert.Single(mapping.Untracked);
        Assert.Equal(RevisionKind.ParagraphDelete, join.Revision.Kind);
        var source = Source(join.Mapping);
        Assert.Equal("\n\n", source.Quote);
        Assert.Equal((Where(Chapter, "]\n\nOtro").Line, Where(Chapter, "]\n\nOtro").Column + 1), (source.Line, source.Column));
        Assert.Null(join.Mapping.Manual);
    }

    [Fact]
    public void A_paragraph_typed_with_track_changes_off_goes_after_the_source_of_the_paragraph_before_it()
    {
        var mapping = Map(new ReviewerDraft(blocks).UntrackedNewParagraph("Las oficinas de", "Un párrafo nuevo."));

        var added = Assert.Single(mapping.Untracked);
        Assert.Equal("\n\nUn párrafo nuevo.", added.Revision.Text);
        var source = Source(added.Mapping);
        Assert.True(source.IsPoint);
        Assert.Equal(SourcePosition.EndOf(mini.Read(Chapter), "[@zapata2007, p. 45]."), (source.Line, source.Column - 1));
        Assert.Null(added.Mapping.Manual);
    }

    [Fact]
    public void A_paragraph_removed_with_track_changes_off_is_its_whole_source_lines()
    {
        var mapping = Map(new ReviewerDraft(blocks).UntrackedRemoveParagraph("Según"));

        var removed = Assert.Single(mapping.Untracked);
        Assert.Equal("", removed.Revision.Text);
        Assert.Equal("Según anexo A y (Duchacek, 1990).", removed.Replaced);
        Assert.Equal("Según @anx-bibliografia y [@duchacek1990].\n", Source(removed.Mapping).Quote);
        Assert.Null(removed.Mapping.Manual);
    }
}
