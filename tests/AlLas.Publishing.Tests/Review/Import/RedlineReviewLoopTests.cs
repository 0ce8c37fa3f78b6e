using System.Text.Json;
using AlLas.Publishing.Review;
using AlLas.Publishing.Tests.Releases;
using AlLas.Publishing.Tests.Support;
using static AlLas.Publishing.Tests.Review.Import.ReviewerSession;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>
/// The redline a coordinator gets back after a round reviewed in LibreOffice (through UNO): their
/// proposals the writers applied under their own name, the writers' own edits under the writers',
/// and their comment across a heading and the paragraph after it across both again.
/// </summary>
public sealed class RedlineReviewLoopTests : IDisposable
{
    private const string Chapter = "content/informe/01-oficinas.md";
    private const string Reviewer = "Coordinación General";
    private readonly PublicationRepo repo = PublicationRepo.Mini();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void The_coordinator_finds_their_applied_proposals_under_their_name_and_their_comment_across_both_paragraphs()
    {
        var lo = LibreOffice.RequireUno();
        repo.AllasOk("release", "informe", "--label", "v0.1", "--date", "2026-03-02");
        repo.Commit("Versión v0.1");
        var returned = repo.PathOf("informe-v0.1-revisado.docx");
        ReviewerSession.Review(lo, repo.PathOf("out/informe-v0.1.docx"), returned,
            Author(Reviewer),
            Track(true),
            CommentAcross("Recursos", 1, "Véase", "Unir con la sección anterior.", Reviewer),
            InsertAfter("cooperación técnica", " descentralizada"),
            Delete(" y promoción"));
        repo.AllasOk("review", "import", returned);
        Assert.Contains("2 aplicados, 0 en conflicto", repo.AllasOk("review", "apply", "--all"));
        repo.Replace(Chapter, "trabajan con", "colaboran con");
        repo.Commit("Respuestas a la revisión");

        repo.AllasOk("build", "--doc", "informe", "--redline-since", "v0.1");
        var redline = repo.PathOf("out/informe-cambios-desde-v0.1.docx");

        DocxValidation.AssertValid(redline);
        var revisions = DocxReviewReader.Read(redline).Revisions;
        Assert.Equal(Reviewer, Assert.Single(revisions, r => r.Text.Contains("descentralizada", StringComparison.Ordinal)).Author);
        Assert.Equal(Reviewer, Assert.Single(revisions, r => r.Text.Contains("promoción", StringComparison.Ordinal)).Author);
        // A proposal is signed whole: no space of it is left under the writers' name.
        Assert.DoesNotContain(revisions, r => r.Author != Reviewer && r.Text.Length > 0 && r.Text.All(char.IsWhiteSpace));
        var own = revisions.Where(r => r.Text.Contains("trabajan", StringComparison.Ordinal) || r.Text.Contains("colaboran", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(own);
        Assert.All(own, r => Assert.Equal("Equipo consultor", r.Author));

        using var extract = JsonDocument.Parse(repo.AllasOk("review", "extract", redline, "--format", "json"));
        var comment = Assert.Single(extract.RootElement.GetProperty("comments").EnumerateArray(),
            c => c.GetProperty("text").GetString() == "Unir con la sección anterior.");
        var quote = comment.GetProperty("quote").GetString()!;
        Assert.StartsWith("Recursos\n", quote);
        Assert.EndsWith("Véase", quote);
    }
}
