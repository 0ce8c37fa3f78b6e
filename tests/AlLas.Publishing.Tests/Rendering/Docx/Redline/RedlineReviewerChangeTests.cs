using AlLas.Publishing.Review;

namespace AlLas.Publishing.Tests.Rendering.Docx.Redline;

/// <summary>
/// A coordinator stepping through the redline sees their own proposals, which the writers applied,
/// under their own name and the date they made them; what the writers changed of their own accord
/// stays under the writers' name and the date of their commit.
/// </summary>
public class RedlineReviewerChangeTests
{
    private static readonly DateTimeOffset Proposed = new(2024, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Applied_proposals_carry_the_reviewer_s_name_and_date_and_the_writers_own_edits_keep_theirs()
    {
        using var repo = new RedlineRepository();
        var released = repo.Mini.Read(RedlineRepository.Chapter);
        // The writers take in the coordinator's insertion and deletion, and reword a verb themselves.
        repo.Mini.Replace(RedlineRepository.Chapter, "La primera oficina se creó para atender", "La primera oficina municipal se creó para recibir");
        repo.Mini.Replace(RedlineRepository.Chapter, "las redes regionales y", "las redes y");
        // The same word, put in of their own accord in another paragraph: theirs, not the reviewer's.
        repo.Mini.Replace(RedlineRepository.Chapter, "comparten personal entre", "comparten personal municipal entre");
        repo.Commit("Segunda versión");
        var register = new ReviewRegisterFile(released, RedlineRepository.Chapter)
            .AddChange(new ReviewRegisterFile.Change("r1", "Coordinación General", "insert", " municipal", "oficina se creó", "2024-03-10T12:00:00Z"))
            .AddChange(new ReviewRegisterFile.Change("r2", "DMRI", "delete", "regionales ", "regionales ", "2024-03-10T12:00:00Z"))
            // Proposed but declined: had the writers made the same words, they would be their own.
            .AddChange(new ReviewRegisterFile.Change("r3", "DMRI", "insert", " recibir", "atender", "2024-03-10T12:00:00Z", "declined", null));
        var path = repo.Mini.PathOf("content/informe/revisiones/v1/revision-cg.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, register.Yaml("informe", "v1"));
        repo.Commit("Respuestas a la revisión", ReviewRoundFixture.AnsweredOn);

        var revisions = DocxReviewReader.Read(repo.BuildRedline()).Revisions;

        var municipal = revisions.Where(r => r.Text.Contains("municipal", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, municipal.Count);
        Assert.Equal(("Coordinación General", Proposed), (municipal[0].Author, municipal[0].Date));
        Assert.Equal(("Equipo consultor", RedlineRepository.EditDate), (municipal[1].Author, municipal[1].Date));
        var deleted = Assert.Single(revisions, r => r.Text.Contains("regionales", StringComparison.Ordinal));
        Assert.Equal(("DMRI", Proposed), (deleted.Author, deleted.Date));
        // A proposal is signed whole: the space the reviewer took out with the word is theirs too.
        Assert.DoesNotContain(revisions, r => r.Author == "Equipo consultor" && r.Text.Length > 0 && r.Text.All(char.IsWhiteSpace));
        foreach (var own in revisions.Where(r => r.Text.Contains("recibir", StringComparison.Ordinal) || r.Text.Contains("atender", StringComparison.Ordinal)))
            Assert.Equal(("Equipo consultor", RedlineRepository.EditDate), (own.Author, own.Date));
        Assert.Contains(revisions, r => r.Text.Contains("recibir", StringComparison.Ordinal));
    }
}
