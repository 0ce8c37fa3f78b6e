using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Hostile;

/// <summary>No command loses a reviewer's or a designer's file: an output that is its input is refused, a reference git does not hold is kept.</summary>
public sealed class NoOverwriteTests : IDisposable
{
    private const string Sample = "aspose-words+Aspose.Words-for-.NET/Comments.docx";
    private readonly TempDir scratch = RepoPaths.NewTempDir();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public void Extract_refuses_to_write_over_the_reviewers_docx()
    {
        if (!Corpus.Exists) Assert.Skip($"the review corpus is not at {Corpus.Directory}");
        var docx = scratch.File("revisado.docx");
        File.Copy(Corpus.Row(Sample).FullPath, docx);
        var before = File.ReadAllBytes(docx);

        var same = Allas.RunInProcessAt(scratch.Path, "review", "extract", "revisado.docx", "--format", "md", "--out", docx);
        Refusal.Assert2(same, "revisado.docx");
        Assert.Contains("AL0913", same.StdErr);

        var link = scratch.File("enlace.docx");
        File.CreateSymbolicLink(link, docx);
        var throughLink = Allas.RunInProcessAt(scratch.Path, "review", "extract", docx, "--out", link);
        Refusal.Assert2(throughLink, "enlace.docx");

        Assert.Equal(before, File.ReadAllBytes(docx));
    }

    [Fact]
    public void A_restyled_reference_is_replaced_only_with_force_and_a_copy_is_kept()
    {
        using var mini = new MiniPublication();
        var reference = mini.PathOf("templates/reference.docx");
        var restyled = File.ReadAllBytes(reference);

        var refused = Allas.RunInProcessAt(mini.Root, "reference-docx");
        Refusal.Assert2(refused, "templates/reference.docx");
        Assert.Contains("--force", refused.StdErr);
        Assert.Equal(restyled, File.ReadAllBytes(reference));

        var forced = Allas.RunInProcessAt(mini.Root, "reference-docx", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        var kept = Assert.Single(Directory.GetFiles(mini.PathOf("templates"), "reference-anterior-*.docx"));
        Assert.Equal(restyled, File.ReadAllBytes(kept));
        Assert.NotEqual(restyled, File.ReadAllBytes(reference));
        Assert.Contains(Path.GetFileName(kept), forced.StdErr);
    }

    [Fact]
    public void A_reference_committed_as_it_is_is_replaced_as_git_holds_it()
    {
        if (ExternalTool.Find("git") is null) Assert.Skip("git is not installed");
        using var mini = new MiniPublication();
        foreach (var args in new[] { new[] { "init", "-q" }, ["add", "."], ["-c", "user.name=Prueba", "-c", "user.email=prueba@example.org", "commit", "-qm", "inicio"] })
        {
            var git = ExternalTool.Run("git", args, mini.Root, null, TimeSpan.FromMinutes(1));
            Assert.True(git.ExitCode == 0, git.ToString());
        }
        var result = Allas.RunInProcessAt(mini.Root, "reference-docx");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Directory.GetFiles(mini.PathOf("templates"), "reference-anterior-*.docx"));
    }
}
