using AlLas.Publishing.Cli;
using AlLas.Publishing.Content;
using AlLas.Publishing.Generation;
using AlLas.Publishing.Rendering;
using AlLas.Publishing.Tests.Releases;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>
/// `allas` as the README installs it (InstalledTool: `dotnet pack`, `dotnet tool install`): one natively compiled
/// executable (Native AOT), which keeps of the libraries only what its compiler sees used. Whatever it dropped or
/// cannot do without the JIT shows here as a difference from the in-process build, or from the same command run on
/// the JIT.
/// </summary>
public sealed class NativeCliTests(InstalledTool tool)
{
    /// <summary>Every built-in function of Scriban by name, and a call to each one the native compiler once dropped.</summary>
    private const string TemplateFunctions = """


        Funciones: {{ for builtin in [array, date, html, math, object, regex, string, timespan] }}{{ builtin | object.keys | array.sort | array.join " " }}; {{ end }}

        Llamadas: {{ "abcdef" | string.slice 1 3 }}, {{ "abcdef" | string.index_of "c" }}, {{ date.parse "2013-10-07" | date.to_string "%Y" }}, {{ {a: 1} | object.has_key "a" }}, {{ {a: 1} | object.has_value "a" }}, {{ timespan.zero }}.

        """;

    [Fact]
    public void The_native_allas_builds_the_mini_publication_byte_for_byte_as_the_in_process_build()
    {
        var allas = tool.Require().Allas;
        using var repo = PublicationRepo.Mini();
        File.AppendAllText(repo.PathOf("content/informe/01-oficinas.md"), TemplateFunctions);
        repo.Commit("Funciones de plantilla");

        var run = ExternalTool.Run(allas, ["build", "--out", "out-nativo"], repo.Root);
        Assert.True(run.ExitCode == 0, run.ToString());
        var inProcess = repo.PathOf("out-proceso");
        new DraftBuild(repo.Root, Writers.All(repo.Root)).Run([], Writers.Default, inProcess, SourceCommit.Draft(repo.Root));

        var expected = Files(inProcess);
        Assert.Equal(expected, Files(repo.PathOf("out-nativo")));
        Assert.Contains("informe.docx", expected);
        foreach (var file in expected)
            Assert.True(File.ReadAllBytes(Path.Combine(inProcess, file)).AsSpan().SequenceEqual(File.ReadAllBytes(repo.PathOf($"out-nativo/{file}"))), $"{file} differs");

        // The cover prints the commit through string.slice; the chapter lists and calls the functions.
        var html = repo.Read("out-nativo/informe.html");
        Assert.Contains($"fuente {repo.Head()[..10]}", html);
        Assert.Contains("Llamadas: bcd, 2, 2013, true, true, 00:00:00.", html);
        Assert.Matches(@"Funciones: [^;]*\bfilter\b[^;]*;.*\bslice\b", html);
    }

    [Fact]
    public void The_native_check_stats_release_and_review_commands_answer_as_the_JIT_ones()
    {
        var allas = tool.Require().Allas;
        using var repo = PublicationRepo.Mini();
        repo.Replace("content/informe/01-oficinas.md", "Véase @fig-ciclo", "Véase @fig-nada");
        repo.Commit("Una referencia rota, para que check tenga algo que decir");

        foreach (var command in new[] { new[] { "check", "--json" }, ["stats", "--json"], ["check"] })
            Same(allas, repo, command);

        repo.Replace("content/informe/01-oficinas.md", "Véase @fig-nada", "Véase @fig-ciclo");
        repo.Commit("Referencia corregida");
        var version = repo.PathOf("version");
        var release = ExternalTool.Run(allas, ["release", "informe", "--label", "v0.1", "--date", "2013-10-07", "--out", version], repo.Root);
        Assert.True(release.ExitCode == 0, release.ToString());
        repo.Commit("Versión v0.1");

        var draft = File.ReadAllBytes(Directory.GetFiles(version, "*.docx").Single());
        var (reviewed, tally) = ReviewRound.Apply(draft, new ReviewRoundOptions(Seed: 7, Comments: 6, Replies: 2, Insertions: 4, Deletions: 4, Moves: 1, FormatChanges: 2));
        Assert.True(tally.Comments > 0 && tally.Revisions > 0, $"{tally}");
        var docx = repo.PathOf("revisado.docx");
        File.WriteAllBytes(docx, reviewed);

        Same(allas, repo, ["review", "extract", docx, "--format", "json"]);
        var register = Same(allas, repo, ["review", "import", docx], "content/informe/revisiones");
        Assert.NotEmpty(register);
    }

    /// <summary>
    /// Runs a command with the native allas and then on the JIT (`dotnet allas.dll`) in the same repository, and
    /// asserts both exit alike and print the same; with a folder, also that both wrote the same files into it
    /// (each run starts from the commit, without what the other wrote).
    /// </summary>
    private static IReadOnlyDictionary<string, string> Same(string allas, PublicationRepo repo, string[] args, string? writes = null)
    {
        var nativeRun = ExternalTool.Run(allas, args, repo.Root, timeout: TimeSpan.FromMinutes(2));
        var nativeFiles = writes is null ? new Dictionary<string, string>() : Contents(repo.PathOf(writes));
        repo.Git("checkout", "-q", "--", "content");
        repo.Git("clean", "-fdq", "--", "content");
        var jitRun = Allas.Run(repo.Root, args);
        var jitFiles = writes is null ? new Dictionary<string, string>() : Contents(repo.PathOf(writes));
        var command = string.Join(' ', args);
        Assert.True(jitRun.ExitCode == nativeRun.ExitCode, $"allas {command}: exit {nativeRun.ExitCode} native, {jitRun.ExitCode} JIT\n{nativeRun}\n{jitRun}");
        Assert.True(jitRun.StdOut == nativeRun.StdOut, $"allas {command} prints otherwise natively\n--- native ---\n{nativeRun.StdOut}\n--- JIT ---\n{jitRun.StdOut}");
        Assert.Equal(jitRun.StdErr, nativeRun.StdErr);
        Assert.Equal(jitFiles, nativeFiles);
        return nativeFiles;
    }

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Contents(string folder) =>
        Directory.Exists(folder) ? Files(folder).ToDictionary(f => f, f => File.ReadAllText(Path.Combine(folder, f))) : [];
}
