using AlLas.Publishing.Releases;
using DocumentFormat.OpenXml.Packaging;

namespace AlLas.Publishing.Tests.Releases;

public sealed class ReleaseCommandTests : IDisposable
{
    private readonly PublicationRepo repo = PublicationRepo.Mini();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void A_release_builds_the_draft_from_the_commit_stamps_it_and_records_it()
    {
        var output = repo.AllasOk("release", "informe", "--label", "v0.1-preliminar", "--date", "2026-03-02");

        var docx = repo.PathOf("out/informe-v0.1-preliminar.docx");
        Assert.True(File.Exists(docx), output);
        var record = ReleaseRecord.Parse("r", repo.Read("content/informe/versiones/v0.1-preliminar.yml"));
        Assert.Equal(("v0.1-preliminar", "informe", "2026-03-02", repo.Head(), "informe-v0.1-preliminar.docx"),
            (record.Label, record.Document, record.Date, record.Commit, record.Docx));
        Assert.Equal(ReleaseBuilder.Sha256(File.ReadAllBytes(docx)), record.DocxSha256);
        Assert.False(record.Final);

        using var word = WordprocessingDocument.Open(docx, false);
        string? Property(string name) => word.CustomFilePropertiesPart?.Properties?.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .FirstOrDefault(p => p.Name?.Value == name)?.InnerText;
        Assert.Equal("v0.1-preliminar", Property(ReleaseMatcher.ReleaseProperty));
        Assert.Equal(repo.Head(), Property(ReleaseMatcher.SourceCommitProperty));
        Assert.Equal("informe", Property(ReleaseMatcher.DocumentIdProperty));
        var body = word.MainDocumentPart!.Document!.Body!.InnerText;
        // The cover dates the release; the commit is only in the credits' small print (and the properties).
        Assert.Contains("Versión: v0.1-preliminar · 2 de marzo de 2026", body);
        Assert.Contains($"Versión: v0.1-preliminar, 2 de marzo de 2026 · fuente {repo.Head()[..10]}", body);
    }

    [Fact]
    public void The_same_release_built_again_from_its_commit_gives_the_same_bytes()
    {
        repo.AllasOk("release", "informe", "--label", "v1", "--date", "2026-03-02");
        var record = ReleaseStore.Find(repo.Root, "informe", "v1")!;
        // The sources move on; the release is still built from its own commit.
        repo.Replace("content/informe/01-oficinas.md", "trabajan", "operan");
        repo.Commit("Cambio posterior");

        var again = ReleaseBuilder.Render(repo.Root, record, root => new AlLas.Publishing.Rendering.Docx.DocxDocumentWriter(Path.Combine(root, "templates")));

        Assert.Equal(record.DocxSha256, ReleaseBuilder.Sha256(again));
    }

    [Fact]
    public void Uncommitted_sources_are_refused_and_nothing_is_written()
    {
        repo.Replace("content/informe/01-oficinas.md", "trabajan", "operan");
        var before = repo.Snapshot();

        var result = repo.Allas("release", "informe", "--label", "v0.1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("content/informe/01-oficinas.md", result.StdErr);
        Assert.Contains("sin confirmar", result.StdErr);
        Assert.Equal(before, repo.Snapshot());
    }

    [Fact]
    public void A_label_already_released_is_refused()
    {
        repo.AllasOk("release", "informe", "--label", "v0.1");
        var before = repo.Snapshot();

        var result = repo.Allas("release", "informe", "--label", "v0.1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ya existe", result.StdErr);
        Assert.Equal(before, repo.Snapshot());
    }

    [Fact]
    public void A_record_of_an_earlier_release_does_not_count_as_an_uncommitted_source()
    {
        repo.AllasOk("release", "informe", "--label", "v0.1");

        repo.AllasOk("release", "informe", "--label", "v0.2");

        Assert.NotNull(ReleaseStore.Find(repo.Root, "informe", "v0.2"));
    }

    [Theory]
    [InlineData("v 0.1")]
    [InlineData("../fuera")]
    [InlineData("")]
    public void A_label_that_cannot_be_a_file_name_is_refused(string label)
    {
        var result = repo.Allas("release", "informe", "--label", label);

        Assert.Equal(2, result.ExitCode);
        Assert.False(Directory.Exists(repo.PathOf("content/informe/versiones")));
    }

    [Fact]
    public void An_unknown_document_is_refused()
    {
        var result = repo.Allas("release", "no-existe", "--label", "v1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-existe", result.StdErr);
    }
}
