using AlLas.Publishing.Review;

namespace AlLas.Publishing.Tests.Rendering.Docx.Redline;

/// <summary>
/// When each tracked change says it was made: a reviewer stepping through them in Word reads the
/// date of the commit that last changed that change's own chapter, or, for a chapter saved but not
/// yet committed, the time it was saved.
/// </summary>
public class RedlineDateTests
{
    private const string Presentation = "content/informe/00-presentacion.md";

    [Fact]
    public void Each_chapter_s_changes_carry_the_date_of_the_last_commit_that_touched_that_chapter()
    {
        using var repo = new RedlineRepository();
        RedlineCases.All["words-in-a-paragraph"].Edit(repo.Mini);
        repo.Commit("oficinas");
        var later = RedlineRepository.EditDate.AddDays(9);
        repo.Mini.Replace(Presentation, "Este informe de prueba reúne", "Este informe de prueba presenta y reúne");
        repo.Commit("presentación", later);

        var revisions = DocxReviewReader.Read(repo.BuildRedline()).Revisions;

        Assert.Contains(revisions, r => r.Text.Contains("oficiales", StringComparison.Ordinal) && r.Date == RedlineRepository.EditDate);
        Assert.Contains(revisions, r => r.Text.Contains("presenta", StringComparison.Ordinal) && r.Date == later);
        Assert.DoesNotContain(revisions, r => r.Text.Contains("oficiales", StringComparison.Ordinal) && r.Date == later);
    }

    [Fact]
    public void A_chapter_saved_but_not_committed_carries_the_time_it_was_saved()
    {
        using var repo = new RedlineRepository();
        RedlineCases.All["words-in-a-paragraph"].Edit(repo.Mini);
        var saved = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);
        File.SetLastWriteTimeUtc(repo.Mini.PathOf(RedlineRepository.Chapter), saved.UtcDateTime);

        var revisions = DocxReviewReader.Read(repo.BuildRedline()).Revisions;

        Assert.Contains(revisions, r => r.Text.Contains("oficiales", StringComparison.Ordinal) && r.Date == saved);
    }
}
