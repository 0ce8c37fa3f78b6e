using AlLas.Publishing.Tests.Releases;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>
/// A writer runs allas from the folder of the chapter they edit: every command works on the repository it is in,
/// as git would, and writes the repository's out/, never an out/ beside the chapter.
/// </summary>
public sealed class SubfolderTests : IDisposable
{
    private readonly PublicationRepo repo = PublicationRepo.Mini();

    public void Dispose() => repo.Dispose();

    private string Chapter => repo.PathOf("content/informe");

    [Fact]
    public void Build_from_a_documents_folder_writes_the_repositorys_out_and_leaves_git_clean()
    {
        var run = Allas.Run(Chapter, "build");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(repo.PathOf("out/informe.docx")), run.ToString());
        Assert.True(File.Exists(repo.PathOf("out/informe.html")), run.ToString());
        Assert.False(Directory.Exists(Path.Combine(Chapter, "out")), "build wrote an out/ inside content/informe/");
        Assert.Equal("", repo.Status());
        // The paths it prints lead, from where the writer stands, to what it wrote.
        var printed = run.StdOut.Split('\n').Where(l => l.StartsWith("escrito ")).Select(l => l["escrito ".Length..].Trim()).ToList();
        Assert.Contains(printed, p => p.EndsWith("informe.docx"));
        Assert.All(printed, p => Assert.True(File.Exists(Path.Combine(Chapter, p)), $"{p} is not a path from content/informe/"));
    }

    [Fact]
    public void An_out_folder_named_on_the_command_line_is_taken_from_where_the_writer_stands()
    {
        var run = Allas.Run(Chapter, "build", "--format", "html", "--out", "borrador");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(Chapter, "borrador", "informe.html")), run.ToString());
        Assert.False(Directory.Exists(repo.PathOf("out")));
    }

    [Fact]
    public void Check_and_stats_from_a_subfolder_answer_as_from_the_root()
    {
        repo.Replace("content/informe/01-oficinas.md", "Véase @fig-ciclo", "Véase @fig-nada");
        var templates = repo.PathOf("templates");

        foreach (var command in new[] { new[] { "check" }, ["check", "--json"], ["stats", "--json"] })
        {
            var fromRoot = Allas.Run(repo.Root, command);
            var fromChapter = Allas.Run(Chapter, command);
            var fromTemplates = Allas.Run(templates, command);
            Assert.Equal((fromRoot.ExitCode, fromRoot.StdOut), (fromChapter.ExitCode, fromChapter.StdOut));
            Assert.Equal((fromRoot.ExitCode, fromRoot.StdOut), (fromTemplates.ExitCode, fromTemplates.StdOut));
        }
        Assert.Contains("content/informe/01-oficinas.md(12,7): error AL0020", Allas.Run(Chapter, "check").StdOut);
    }

    [Fact]
    public void Release_from_a_documents_folder_writes_the_repositorys_out_and_names_a_record_git_add_finds_from_there()
    {
        var run = Allas.Run(Chapter, "release", "informe", "--label", "v0.1", "--date", "2026-03-02");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(repo.PathOf("out/informe-v0.1.docx")), run.ToString());
        Assert.True(File.Exists(repo.PathOf("content/informe/versiones/v0.1.yml")), run.ToString());
        Assert.False(Directory.Exists(Path.Combine(Chapter, "out")));

        var gitAdd = run.StdOut.Split('\n').Single(l => l.Contains("git add "));
        var recorded = gitAdd[(gitAdd.IndexOf("git add ", StringComparison.Ordinal) + "git add ".Length)..].Split(' ')[0];
        var add = ExternalTool.Run("git", ["add", recorded], Chapter);
        Assert.True(add.ExitCode == 0, $"{gitAdd}\n{add}");
        Assert.Contains("A  content/informe/versiones/v0.1.yml", repo.Status());
    }
}
