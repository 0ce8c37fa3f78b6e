using AlLas.Publishing.Releases;
using System.Text.Json;
using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Rendering.Docx.Redline;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Rendering.Docx.Redline;

/// <summary>
/// A git repository holding the mini publication: a first commit tagged as the release (with a few
/// more paragraphs of prose than the fixture, to move, split and delete), then the writers' edits
/// committed on top at a known date. Builds the redline with the CLI, and the two drafts it must
/// turn into: the current one (`allas build`) and the release's (rendered from the tagged commit).
/// </summary>
internal sealed class RedlineRepository : IDisposable
{
    public const string Chapter = "content/informe/01-oficinas.md";
    public const string Label = "v1";
    public static readonly DateTimeOffset ReleaseDate = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset EditDate = new(2024, 4, 2, 16, 30, 0, TimeSpan.Zero);

    public const string Prose = """

        La primera oficina se creó para atender visitas protocolarias y acuerdos de hermanamiento entre ciudades.

        La segunda etapa trajo proyectos de cooperación técnica con otras ciudades. Después llegaron las redes regionales y los programas europeos.

        Este párrafo sobra y se borrará en la versión siguiente del informe.

        Las ciudades medianas comparten personal entre varias áreas del gobierno local.

        ## Recursos {#sec-recursos}
        """;

    public RedlineRepository()
    {
        Mini.Replace(Chapter, "\n## Recursos {#sec-recursos}", Prose);
        Git("init", "-q", "-b", "main");
        Commit("Versión v1", ReleaseDate);
        Git("tag", Label);
    }

    public MiniPublication Mini { get; } = new();

    public string Root => Mini.Root;

    public void Commit(string message, DateTimeOffset? date = null)
    {
        Git("add", "-A");
        var when = (date ?? EditDate).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        Git(new Dictionary<string, string?> { ["GIT_AUTHOR_DATE"] = when, ["GIT_COMMITTER_DATE"] = when }, "commit", "-q", "-m", message);
    }

    public string Git(params string[] args) => Git(null, args);

    private string Git(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var result = ExternalTool.Run("git", ["-c", "user.name=Redacción", "-c", "user.email=redaccion@example.org", "-c", "commit.gpgsign=false", .. args], Root, environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.StdOut;
    }

    /// <summary>`allas build --doc informe --redline-since v1` and the file it wrote.</summary>
    public string BuildRedline(params string[] extra)
    {
        var result = Allas.Run(Root, ["build", "--doc", "informe", "--redline-since", Label, .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var path = Mini.PathOf($"out/informe-cambios-desde-{Label}.docx");
        Assert.True(File.Exists(path), result.ToString());
        return path;
    }

    /// <summary>The current draft as `allas build` writes it.</summary>
    public string BuildCurrent()
    {
        var result = Allas.Run(Root, "build", "--doc", "informe", "--format", "docx");
        Assert.True(result.ExitCode == 0, result.ToString());
        return Mini.PathOf("out/informe.docx");
    }

    /// <summary>The release's draft: its sources at the tagged commit, through the plain Word writer.</summary>
    public string BuildRelease()
    {
        var baseline = ReleaseBaseline.Resolve(Root, "informe", Label);
        using var snapshot = ReleaseSnapshot.Load(Root, baseline.Commit, baseline.Document, baseline.Info);
        var (bytes, _) = new DocxDocumentWriter(Path.Combine(Root, "templates")).Build(snapshot.Document, snapshot.Publication);
        var path = Mini.PathOf("out/informe-version.docx");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Mini.Dispose();
}

/// <summary>What LibreOffice reads in a docx (tools: redline_uno.py).</summary>
internal sealed record WriterText(List<string> Paragraphs, List<string> Footnotes, List<UnoComment> Comments, int Redlines, List<string> Indexes);

internal static class WriterReading
{
    private static string Script => Path.Combine(RepoPaths.Tests, "Rendering", "Docx", "Redline", "redline_uno.py");

    /// <summary>Each file as LibreOffice reads it after the step ("none", "accept-all", "reject-all", "accept-all-update-indexes"), in one soffice session.</summary>
    public static IReadOnlyList<WriterText> Read(LibreOffice lo, params (string File, string Step)[] jobs) =>
        Read(lo, TimeSpan.FromMinutes(4), jobs);

    public static IReadOnlyList<WriterText> Read(LibreOffice lo, TimeSpan timeout, params (string File, string Step)[] jobs)
    {
        using var scratch = new TempDir();
        // Writer locks what it opens: it gets copies.
        var list = jobs.Select((j, i) =>
        {
            var copy = scratch.File($"doc{i}.docx");
            File.Copy(j.File, copy);
            return new Dictionary<string, string> { ["file"] = copy, ["step"] = j.Step };
        }).ToList();
        var jobsFile = scratch.File("jobs.json");
        File.WriteAllText(jobsFile, JsonSerializer.Serialize(list));
        var result = lo.RunUno(Script, [jobsFile], timeout);
        var json = result.StdOut.Trim().Split('\n').Last();
        return JsonSerializer.Deserialize<List<WriterText>>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException($"no output from redline_uno.py\n{result}");
    }
}
