using AlLas.Publishing.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace AlLas.Publishing.Tests.Releases;

/// <summary>
/// `review import` never guesses the release silently: a file that names a release whose record is
/// missing is refused with the ways out, and a match by words alone that is not certain asks for --release.
/// </summary>
public sealed class ReleaseMatchingTests : IDisposable
{
    private const string Presentation = "content/informe/00-presentacion.md";
    private readonly PublicationRepo repo = PublicationRepo.Mini();

    public void Dispose() => repo.Dispose();

    private string Returned => repo.PathOf("devuelto.docx");

    /// <summary>v0.1, then one word changed and v0.2: the returned file is v0.1's draft.</summary>
    private void TwoReleases()
    {
        repo.AllasOk("release", "informe", "--label", "v0.1", "--date", "2026-03-02");
        repo.Commit("Versión v0.1");
        File.Copy(repo.PathOf("out/informe-v0.1.docx"), Returned);
        repo.Replace(Presentation, "reúne a", "agrupa a");
        repo.Commit("Una palabra");
        repo.AllasOk("release", "informe", "--label", "v0.2", "--date", "2026-03-09");
        repo.Commit("Versión v0.2");
    }

    private void WithoutProperties()
    {
        using var word = WordprocessingDocument.Open(Returned, true);
        word.DeletePart(word.CustomFilePropertiesPart!);
    }

    private void WithoutCoverStamp()
    {
        using var word = WordprocessingDocument.Open(Returned, true);
        foreach (var t in word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Where(t => t.Text.Contains("Versión:", StringComparison.Ordinal)))
            t.Text = "Versión revisada";
    }

    [Fact]
    public void A_file_whose_release_record_is_missing_is_refused_with_the_label_and_the_ways_out()
    {
        TwoReleases();
        File.Delete(repo.PathOf("content/informe/versiones/v0.1.yml"));
        repo.Commit("Registro perdido");
        var before = repo.Snapshot();

        var byProperties = repo.Allas("review", "import", Returned);
        Assert.Equal(before, repo.Snapshot());
        WithoutProperties();
        before = repo.Snapshot();
        var byCover = repo.Allas("review", "import", Returned);

        foreach (var refused in new[] { byProperties, byCover })
        {
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("v0.1, que no está registrada", refused.StdErr);
            Assert.Contains("git log --all -- content/", refused.StdErr);
            Assert.Contains("--release", refused.StdErr);
            Assert.DoesNotContain("   at ", refused.StdErr);
        }
        Assert.Contains("versión informe/v0.1", byProperties.StdErr);
        Assert.Contains("content/informe/versiones/v0.1.yml", byProperties.StdErr);
        Assert.Contains("su portada", byCover.StdErr);
        Assert.Equal(before, repo.Snapshot());

        // The writers may still say which release it is.
        Assert.Contains("(reconocida por --release)", repo.AllasOk("review", "import", Returned, "--release", "v0.2"));
    }

    [Fact]
    public void A_match_by_words_alone_that_is_not_certain_prints_the_scores_and_asks_for_the_release()
    {
        TwoReleases();
        WithoutProperties();
        WithoutCoverStamp();
        var before = repo.Snapshot();

        var refused = repo.Allas("review", "import", Returned);

        Assert.Equal(2, refused.ExitCode);
        Assert.Matches(@"la más parecida, informe/v0\.\d, comparte \d+\s?% de las palabras; la siguiente, informe/v0\.\d, \d+\s?%", refused.StdErr);
        Assert.Contains("--release ETIQUETA", refused.StdErr);
        Assert.Equal(before, repo.Snapshot());
        Assert.Contains("informe/v0.1 (reconocida por --release)", repo.AllasOk("review", "import", Returned, "--release", "v0.1"));
    }
}
