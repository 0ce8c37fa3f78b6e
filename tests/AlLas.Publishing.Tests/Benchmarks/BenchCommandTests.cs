using AlLas.Publishing.Benchmarks;
using AlLas.Publishing.Cli;
using AlLas.Publishing.Content;
using AlLas.Publishing.Generation;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Benchmarks;

/// <summary>
/// The benchmarks stay runnable: the generator and the whole-process bench on the smallest size, and the
/// in-process build the profile and the watch figure come from. No test here looks at a duration.
/// </summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly TempDir dir = RepoPaths.NewTempDir();

    public void Dispose() => dir.Dispose();

    /// <summary>A measured time as the report prints it: "850 ms", "1,234 ms" or "12.5 s".</summary>
    private const string Figure = @"[\d,.]+ m?s";

    private static (int Code, string Out, string Err) Bench(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = BenchCommands.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Generate_writes_a_publication_that_allas_builds_and_its_reviewed_draft()
    {
        var repo = dir.File("publicacion");
        var (code, stdout, stderr) = Bench("generate", "--pages", "50", "--out", repo, "--review");

        Assert.True(code == 0, stderr);
        Assert.Contains("capítulos", stdout);
        Assert.True(File.Exists(Path.Combine(repo, "content", "publication.yml")));
        Assert.True(File.Exists(Path.Combine(repo, "templates", "pagina.html.sbn")));
        Assert.True(new FileInfo(Path.Combine(repo, "revision", "revisado.docx")).Length > 0);

        var build = Allas.Run(repo, "build", "--format", "html", "--out", Path.Combine(repo, "out"));
        Assert.True(build.ExitCode == 0, build.ToString());
        var html = File.ReadAllText(Path.Combine(repo, "out", $"{PublicationGenerator.DocumentId}.html"));
        Assert.Contains("Documento base de prueba de 50 páginas", html);
        Assert.Contains("class=\"xref\"", html);
    }

    [Fact]
    public void Run_on_the_smallest_size_writes_a_report_with_every_row()
    {
        var report = dir.File("informe.md");
        var (code, stdout, stderr) = Bench("run", "--pages", "50", "--runs", "1", "--work", dir.Dir("trabajo"), "--report", report,
            "--allas", Allas.AllasDll);

        Assert.True(code == 0, stderr + stdout);
        var text = File.ReadAllText(report);
        Assert.Contains($"| cores (nproc) | {Environment.ProcessorCount} |", text);
        Assert.Contains("| CPU |", text);
        Assert.Contains("| .NET | .NET 10", text);
        Assert.Contains("## 50 pages", text);
        Assert.Matches($@"\| allas build \([^|]+\) \| {Figure} \|", text);
        Assert.Matches($@"\| allas build --format html \| {Figure} \|", text);
        Assert.Matches($@"\| allas watch: one chapter saved → page rebuilt [^|]+ \| {Figure} \|", text);
        Assert.Matches($@"\| allas build --format docx \| {Figure} \|", text);
        Assert.Matches($@"\| allas review extract \(json\) \| {Figure} \|", text);
        Assert.Matches($@"\| allas review import \([^|]+\) \| {Figure} \|", text);
        Assert.Contains("| 50 | the draft of `allas release` |", text);
        Assert.Contains("| pandoc md → docx |", text);
        Assert.Contains("| pandoc docx → json --track-changes=all |", text);
        Assert.Contains("| allas review extract (json) |", text);
        Assert.Contains("## Targets of issue 7", text);
        Assert.Contains("## In-process profile", text);
        Assert.DoesNotContain("failed (exit", text);
        if (Pandoc.Find() is not null) Assert.Matches($@"\| pandoc md → docx \| {Figure} \|", text);
    }

    [Fact]
    public void The_staged_build_is_the_build_and_rebuilds_one_chapter()
    {
        var generated = PublicationGenerator.Generate(dir.Dir("repo"), 50, 2013, RepoPaths.Templates);
        var staged = new StagedBuild(generated.Root, Writers.All(generated.Root));
        var publication = staged.Load(PublicationGenerator.DocumentId);
        var reference = new PublicationLoader(generated.Root, new Diagnostics(), ReleaseInfo.WorkingDraft(null)).Load();

        Assert.DoesNotContain(staged.Problems, p => p.Severity == Severity.Error);
        Assert.Equal(reference.Documents[0].Chapters.Select(c => (c.File, c.Kind)), publication.Documents[0].Chapters.Select(c => (c.File, c.Kind)));
        Assert.Equal(reference.Documents[0].Numbering.Labels.Keys.Order(), publication.Documents[0].Numbering.Labels.Keys.Order());
        Assert.Contains("Tabla: Socios de AL-LAs", staged.ExpandedMarkdown);
        Assert.DoesNotContain("{{", staged.ExpandedMarkdown);

        var chapter = Path.Combine(generated.DocumentFolder, "002-capitulo.md");
        File.AppendAllText(chapter, "\nUna frase que el lector ve en la vista previa.\n");
        var output = dir.Dir("vista");
        staged.RebuildChapter(chapter, output);
        var html = File.ReadAllText(Path.Combine(output, $"{PublicationGenerator.DocumentId}.html"));
        Assert.Contains("Una frase que el lector ve en la vista previa.", html);
        Assert.Equal(1, CountOf(html, "class=\"bibliografia\""));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
