using AlLas.Publishing.Review;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Rendering.Docx.Redline;

/// <summary>
/// A redline read by programs nobody on the team wrote: accepting every change must give the
/// current draft, rejecting every change the release, paragraph by paragraph and note by note, in
/// LibreOffice and in pandoc; and the Open XML validator finds nothing to say.
/// </summary>
public class RedlineClientTests(RedlineCaseDrafts drafts) : IClassFixture<RedlineCaseDrafts>
{
    [Theory]
    [MemberData(nameof(RedlineCases.Names), MemberType = typeof(RedlineCases))]
    public void Each_edit_shows_as_its_kind_of_tracked_change_and_the_file_is_valid(string name)
    {
        var edit = RedlineCases.All[name];
        var redline = drafts.Of(name).Redline;

        DocxValidation.AssertValid(redline);
        var revisions = DocxReviewReader.Read(redline).Revisions;
        Assert.Contains(revisions, r => r.Kind.Name() == edit.Kind && r.Text.Contains(edit.Text, StringComparison.Ordinal));
        Assert.All(revisions, r => Assert.Equal("Equipo consultor", r.Author));
        // Dated by the commit that changed the chapter, not by the day the redline was built.
        Assert.Contains(revisions, r => r.Date == RedlineRepository.EditDate);
    }

    [Fact]
    public void A_paragraph_added_at_the_end_of_a_section_leaves_the_section_break_on_an_unrevised_mark()
    {
        using var repo = new RedlineRepository();
        RedlineCases.All["paragraph-added-before-a-section-break"].Edit(repo.Mini);
        repo.Commit("párrafo al final");

        using var word = new WordFile(repo.BuildRedline());
        var added = word.Paragraphs.Single(p => WordFile.Text(p).StartsWith("Un párrafo nuevo", StringComparison.Ordinal));
        var mark = added.ParagraphProperties!;
        // Rejecting an inserted mark would take the break (and the annexes' own section) with it.
        Assert.NotNull(mark.SectionProperties);
        Assert.Null(mark.ParagraphMarkRunProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Inserted>());
        var before = (DocumentFormat.OpenXml.Wordprocessing.Paragraph)added.PreviousSibling()!;
        Assert.NotNull(before.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Inserted>());
    }

    [Theory]
    [MemberData(nameof(RedlineCases.Names), MemberType = typeof(RedlineCases))]
    public void LibreOffice_accepting_all_reads_the_current_draft_and_rejecting_all_the_release(string name)
    {
        var lo = LibreOffice.RequireUno();
        var read = drafts.ReadInLibreOffice(lo, name);

        AssertRoundTrip(read[0], read[1], read[2], read[3]);
    }

    [Fact]
    public void LibreOffice_round_trip_holds_with_every_edit_at_once()
    {
        var lo = LibreOffice.RequireUno();
        using var repo = new RedlineRepository();
        RedlineCases.EditAll(repo.Mini);
        repo.Commit("todo a la vez");

        AssertLibreOfficeRoundTrip(lo, repo);
    }

    [Theory]
    [MemberData(nameof(RedlineCases.Names), MemberType = typeof(RedlineCases))]
    public void Pandoc_accepting_reads_the_current_draft_and_rejecting_the_release(string name)
    {
        var pandoc = Pandoc.Require();
        var (redline, current, release) = drafts.Of(name);

        Assert.Equal(pandoc.ToPlain(current), pandoc.ToPlain(redline, TrackChanges.Accept));
        // Column widths follow the current draft's content, so pandoc spaces the rejected table's columns
        // as the current draft's: the words must match, not the padding between columns.
        Assert.Equal(Words(pandoc.ToPlain(release)), Words(pandoc.ToPlain(redline, TrackChanges.Reject)));
    }

    [Fact]
    public void Pandoc_round_trip_holds_with_every_edit_at_once()
    {
        var pandoc = Pandoc.Require();
        using var repo = new RedlineRepository();
        RedlineCases.EditAll(repo.Mini);
        repo.Commit("todo a la vez");

        var redline = repo.BuildRedline();

        DocxValidation.AssertValid(redline);
        Assert.Equal(pandoc.ToPlain(repo.BuildCurrent()), pandoc.ToPlain(redline, TrackChanges.Accept));
        // Column widths follow the current draft's content, so pandoc spaces the rejected table's columns
        // as the current draft's: the words must match, not the padding between columns.
        Assert.Equal(Words(pandoc.ToPlain(repo.BuildRelease())), Words(pandoc.ToPlain(redline, TrackChanges.Reject)));
    }

    /// <summary>The words of pandoc's plain text, without the padding and the dashed rules that draw its tables.</summary>
    private static string Words(string plain) =>
        string.Join(' ', plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Trim('-').Length > 0));

    private static void AssertLibreOfficeRoundTrip(LibreOffice lo, RedlineRepository repo)
    {
        var redline = repo.BuildRedline();
        var read = WriterReading.Read(lo,
            (redline, "accept-all"), (redline, "reject-all"), (repo.BuildCurrent(), "none"), (repo.BuildRelease(), "none"));
        AssertRoundTrip(read[0], read[1], read[2], read[3]);
    }

    private static void AssertRoundTrip(WriterText accepted, WriterText rejected, WriterText current, WriterText release)
    {
        Assert.NotEqual(current.Paragraphs, release.Paragraphs);
        Assert.Equal(current.Paragraphs, accepted.Paragraphs);
        Assert.Equal(current.Footnotes, accepted.Footnotes);
        Assert.Equal(release.Paragraphs, rejected.Paragraphs);
        Assert.Equal(release.Footnotes, rejected.Footnotes);
        Assert.Equal(0, accepted.Redlines);
        Assert.Equal(0, rejected.Redlines);
    }
}
