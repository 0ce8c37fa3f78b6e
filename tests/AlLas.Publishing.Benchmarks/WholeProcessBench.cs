using System.Diagnostics;
using AlLas.Publishing.Cli;
using AlLas.Publishing.Generation;

namespace AlLas.Publishing.Benchmarks;

public sealed record BenchOptions(
    IReadOnlyList<int> Sizes,
    int Runs,
    int LargeRuns,
    string Allas,
    string WorkDirectory,
    string Templates,
    int Seed = 2013,
    int LargeSize = 5000,
    int RedlineSize = 500,
    bool RedlineEverySize = false,
    TextWriter? Log = null);

/// <summary>One line of the report: a command measured a number of times, or why it was not.</summary>
public sealed record Row(string Key, string Label, IReadOnlyList<double> Milliseconds, long? PeakKiB, string? Status = null, string? PandocKey = null, IReadOnlyList<double>? CpuMilliseconds = null)
{
    public double CpuMedian => CpuMilliseconds is { Count: > 0 } cpu ? Stats.Median(cpu) : double.NaN;

    public bool Measured => Milliseconds.Count > 0;

    public double Median => Stats.Median(Milliseconds);

    public double Min => Milliseconds.Min();

    public static Row NotMeasured(string key, string label, string status, string? pandocKey = null) => new(key, label, [], null, status, pandocKey);
}

public sealed record SizeResult(
    int Pages,
    GeneratedPublication Generated,
    double GenerationMs,
    string ReviewDraft,
    ReviewRoundTally ReviewTally,
    double ReviewGenerationMs,
    long MarkdownBytes,
    IReadOnlyList<Row> Rows,
    IReadOnlyDictionary<string, double> Stages,
    IReadOnlyDictionary<string, double> WatchStages,
    int StageRuns)
{
    public Row? Find(string key) => Rows.FirstOrDefault(r => r.Key == key);
}

/// <summary>
/// The whole-process bench: for each size, generates the publication and a review round on its draft,
/// then runs our CLI and pandoc on the same Markdown as a user would, and the in-process steps (the
/// stage profile and the watch loop's rebuild of one chapter).
/// </summary>
public sealed class WholeProcessBench(BenchOptions options)
{
    private readonly TextWriter log = options.Log ?? TextWriter.Null;

    public string? Pandoc { get; } = Environment.GetEnvironmentVariable("ALLAS_PANDOC") is { Length: > 0 } p && File.Exists(p) ? p : ProcessMeasure.Find("pandoc");

    public string LoadBefore { get; private set; } = "";

    public string LoadAfter { get; private set; } = "";

    public IReadOnlyList<SizeResult> Run()
    {
        LoadBefore = Machine.LoadAverage();
        var results = options.Sizes.Select(Measure).ToList();
        LoadAfter = Machine.LoadAverage();
        return results;
    }

    private int RunsFor(int pages) => pages >= options.LargeSize ? options.LargeRuns : options.Runs;

    private SizeResult Measure(int pages)
    {
        var dir = Path.Combine(options.WorkDirectory, $"p{pages}");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        var repo = Path.Combine(dir, "repo");
        Directory.CreateDirectory(repo);
        log.WriteLine($"[{pages} pages] generating in {repo}");

        var watch = Stopwatch.StartNew();
        var generated = PublicationGenerator.Generate(repo, pages, options.Seed, options.Templates);
        var generationMs = watch.Elapsed.TotalMilliseconds;

        var writers = Writers.All(repo);
        var hasDocx = writers.Any(w => w.Format == "docx");
        var staged = new StagedBuild(repo, writers);
        staged.Load(generated.DocumentId);
        if (staged.Problems.FirstOrDefault(d => d.Severity == Content.Severity.Error) is { } problem)
            throw new InvalidOperationException($"the generated publication does not load: {problem}");
        var markdownPath = Path.Combine(dir, "expanded.md");
        File.WriteAllText(markdownPath, staged.ExpandedMarkdown);

        var runs = RunsFor(pages);
        var warm = pages < options.LargeSize;
        watch.Restart();
        // With `allas release` on the branch the coordinators' marks go on the released draft, so that the import
        // can find its release; else on the draft our writer makes now (or a plain docx of the same paragraphs).
        var released = Available("release") ? Release(generated, dir) : null;
        var draft = released is { Docx: { } releasedDocx } ? File.ReadAllBytes(releasedDocx)
            : hasDocx
            ? writers.First(w => w.Format == "docx").Write(staged.Document, staged.Publication).First(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal)).Content
            : StandaloneDraft.Create(staged.Document);
        var (reviewed, tally) = ReviewRound.Apply(draft, new ReviewRoundOptions(Seed: options.Seed));
        var reviewedPath = Path.Combine(dir, "revisado.docx");
        File.WriteAllBytes(reviewedPath, reviewed);
        var reviewMs = watch.Elapsed.TotalMilliseconds;
        log.WriteLine($"[{pages} pages] {generated.Tally.Chapters} chapters, {generated.Tally.Words} words; review round of {tally.Comments} comments, {tally.Replies} replies, {tally.Revisions} revisions");

        var (stages, watchStages, watchTimes) = Profile(repo, writers, generated, dir, runs);
        var previewTimes = PreviewRebuilds(generated, runs);

        var rows = new List<Row>();
        var allFormats = hasDocx ? "docx + html" : "html only: no docx writer registered";
        rows.Add(Cli("build-all", $"allas build ({allFormats})", repo, runs, warm, "pandoc-docx", "build", "--out", Path.Combine(dir, "out-all")));
        rows.Add(hasDocx
            ? Cli("build-docx", "allas build --format docx", repo, runs, warm, "pandoc-docx", "build", "--format", "docx", "--out", Path.Combine(dir, "out-docx"))
            : Row.NotMeasured("build-docx", "allas build --format docx", "not yet available: the Word writer is not registered on this branch", "pandoc-docx"));
        rows.Add(Cli("build-html", "allas build --format html", repo, runs, warm, "pandoc-html", "build", "--format", "html", "--out", Path.Combine(dir, "out-html")));
        rows.Add(PandocRow("pandoc-docx", "pandoc md → docx", dir, runs, warm,
            "-f", "markdown", "-t", "docx", "--resource-path", generated.DocumentFolder, "-o", Path.Combine(dir, "pandoc.docx"), markdownPath));
        rows.Add(PandocRow("pandoc-html", "pandoc md → html (standalone)", dir, runs, warm,
            "-f", "markdown", "-t", "html5", "-s", "--metadata", "title=Documento base", "-o", Path.Combine(dir, "pandoc.html"), markdownPath));

        rows.Add(Available("review", "extract")
            ? Cli("review-extract", "allas review extract (json)", dir, runs, warm, "pandoc-track", "review", "extract", reviewedPath, "--format", "json", "--out", Path.Combine(dir, "extract.json"))
            : Row.NotMeasured("review-extract", "allas review extract (json)", "not yet available: `allas review extract` is not on this branch", "pandoc-track"));
        rows.Add(released is null
            ? Row.NotMeasured("review-import", "allas review import", "not yet available: `allas release` / `allas review import` are not on this branch", "pandoc-track")
            : released.Problem is { } releaseProblem
            ? Row.NotMeasured("review-import", "allas review import", releaseProblem, "pandoc-track")
            : Measured("review-import", $"allas review import ({tally.Comments + tally.Replies:N0} comments, {tally.Revisions:N0} revisions)", AllasCommand().Program,
                [.. AllasCommand().Prefix, "review", "import", reviewedPath], released.Repo, runs, warm, "pandoc-track",
                // Each run is a first import: the register the previous one wrote is removed.
                before: () => DeleteDirectory(Path.Combine(generated.DocumentFolder.Replace(generated.Root, released.Repo), "revisiones"))));
        rows.Add(PandocRow("pandoc-track", "pandoc docx → json --track-changes=all", dir, runs, warm,
            "-f", "docx", "-t", "json", "--track-changes=all", "-o", Path.Combine(dir, "pandoc-track.json"), reviewedPath));

        if (pages == options.RedlineSize || options.RedlineEverySize)
        {
            var label = $"redline of {pages} pages, 5 % changed (build --redline-since)";
            if (released is { Problem: null } && Available("build", "--redline-since"))
            {
                var edited = WritersEdits.Apply(generated with { Root = released.Repo }, 0.05, options.Seed + 5);
                Git(released.Repo, "commit", "-qam", "5 % de los párrafos cambiados");
                rows.Add(Cli("redline", $"{label}: {edited} paragraphs", released.Repo, runs, warm, null,
                    "build", "--doc", generated.DocumentId, "--redline-since", ReleaseLabel, "--out", Path.Combine(dir, "out-redline")));
            }
            else
            {
                var edited = RedlineSources(generated, dir);
                rows.Add(Row.NotMeasured("redline", label, $"not yet available: no `release` / `build --redline-since` on this branch ({edited} paragraphs edited, ready in {Path.Combine(dir, "editado")})"));
            }
        }

        rows.Add(new Row("watch", $"allas watch: one chapter saved → page rebuilt and reload event sent (in-process server, from the file write to the server-sent event, {Preview.PreviewSession.Quiet.TotalMilliseconds:F0} ms quiet time included)", previewTimes, null));
        rows.Add(new Row("watch-incremental", "one chapter re-read, document renumbered, HTML written (in-process, chapter-level rebuild)", watchTimes, null));
        if (pages == options.Sizes.Min()) rows.Add(Cli("startup", "startup: allas --help", repo, Math.Max(runs, 5), true, null, "--help"));

        return new SizeResult(pages, generated, generationMs, released is { Docx: not null } ? "the draft of `allas release`" : hasDocx ? "our Word writer's draft" : "a standalone docx with the same paragraphs (no Word writer on this branch)",
            tally, reviewMs, new FileInfo(markdownPath).Length, rows, stages, watchStages, runs);
    }

    /// <summary>The in-process profile: each build step timed over fresh loads, and the rebuild of one chapter.</summary>
    private (Dictionary<string, double> Stages, Dictionary<string, double> Watch, List<double> WatchTimes) Profile(string repo, IReadOnlyList<Rendering.IDocumentWriter> writers, GeneratedPublication generated, string dir, int runs)
    {
        var samples = new List<IReadOnlyDictionary<string, double>>();
        StagedBuild staged = null!;
        // One warm-up load first, so that the figures are those of a process that already ran once (the watch loop's case).
        for (var i = 0; i <= runs; i++)
        {
            staged = new StagedBuild(repo, writers);
            var watch = Stopwatch.StartNew();
            staged.Load(generated.DocumentId);
            // What `allas build` writes by default (a PDF, when asked for, is LibreOffice's time, not ours).
            staged.Render(Path.Combine(dir, "out-staged"), ["docx", "html"]);
            var sample = new Dictionary<string, double>(staged.Stages) { ["total"] = watch.Elapsed.TotalMilliseconds };
            if (i > 0) samples.Add(sample);
        }
        var stages = samples.SelectMany(s => s.Keys).Distinct().ToDictionary(k => k, k => Stats.Median(samples.Select(s => s.GetValueOrDefault(k)).ToList()));

        // The chapter in the middle of the document, saved with one more sentence each time.
        var chapterFiles = Directory.GetFiles(generated.DocumentFolder, "*-capitulo.md").Order(StringComparer.Ordinal).ToList();
        var chapter = chapterFiles[chapterFiles.Count / 2];
        var watchTimes = new List<double>();
        var watchSamples = new List<IReadOnlyDictionary<string, double>>();
        for (var i = 0; i <= Math.Max(runs, 5); i++)
        {
            File.AppendAllText(chapter, $"\nUna frase añadida en la edición {i}.\n");
            var ms = staged.RebuildChapter(chapter, Path.Combine(dir, "out-watch"));
            if (i == 0) continue;
            watchTimes.Add(ms);
            watchSamples.Add(new Dictionary<string, double>(staged.Stages) { ["total"] = ms });
        }
        var watchStages = watchSamples.SelectMany(s => s.Keys).Distinct().ToDictionary(k => k, k => Stats.Median(watchSamples.Select(s => s.GetValueOrDefault(k)).ToList()));
        log.WriteLine($"[{generated.Pages} pages] in-process build {stages["total"]:F0} ms, one chapter rebuilt {watchStages["total"]:F0} ms");
        return (stages, watchStages, watchTimes);
    }

    /// <summary>`allas watch` in this process: the chapter in the middle of the document saved, timed from the write to the page's reload event.</summary>
    private static List<double> PreviewRebuilds(GeneratedPublication generated, int runs)
    {
        var chapterFiles = Directory.GetFiles(generated.DocumentFolder, "*-capitulo.md").Order(StringComparer.Ordinal).ToList();
        return WatchRefresh.Measure(generated.Root, generated.DocumentId, chapterFiles[chapterFiles.Count / 2], Math.Max(runs, 5));
    }

    private const string ReleaseLabel = "v0.1-medida";

    private sealed record Released(string Repo, string? Docx, string? Problem);

    /// <summary>
    /// The publication put under git and released as a writer does (`allas release`), so that the review round
    /// goes on the draft the coordinators receive and the import and the redline have a release to start from.
    /// </summary>
    private Released Release(GeneratedPublication generated, string dir)
    {
        var repo = Path.Combine(dir, "versionado");
        CopyDirectory(generated.Root, repo);
        Git(repo, "init", "-q");
        Git(repo, "config", "user.email", "medida@example.org");
        Git(repo, "config", "user.name", "Medida");
        Git(repo, "add", "-A");
        Git(repo, "commit", "-qm", "fuentes");
        var (program, prefix) = AllasCommand();
        var output = Path.Combine(dir, "version");
        var run = ProcessMeasure.Run(program, [.. prefix, "release", generated.DocumentId, "--label", ReleaseLabel, "--date", "2013-10-07", "--out", output], repo);
        if (!run.Ok) return new Released(repo, null, $"failed: allas release (exit {run.ExitCode}): {FirstLine(run.StdErr + run.StdOut)}");
        Git(repo, "add", "-A");
        Git(repo, "commit", "-qm", "versión registrada");
        return new Released(repo, Directory.GetFiles(output, "*.docx").Single(), null);
    }

    private static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }

    private static void Git(string repo, params string[] args)
    {
        var run = ProcessMeasure.Run("git", args, repo);
        if (!run.Ok) throw new InvalidOperationException($"git {string.Join(' ', args)}: {run.StdErr}");
    }

    private int RedlineSources(GeneratedPublication generated, string dir)
    {
        var copy = Path.Combine(dir, "editado");
        CopyDirectory(generated.Root, copy);
        return WritersEdits.Apply(generated with { Root = copy }, 0.05, options.Seed + 5);
    }

    private Row Cli(string key, string label, string workingDirectory, int runs, bool warm, string? pandocKey, params string[] args)
    {
        var (program, prefix) = AllasCommand();
        return Measured(key, label, program, [.. prefix, .. args], workingDirectory, runs, warm, pandocKey);
    }

    private Row PandocRow(string key, string label, string workingDirectory, int runs, bool warm, params string[] args) =>
        Pandoc is null
            ? Row.NotMeasured(key, label, "skipped: pandoc not found (install it with `apt-get install pandoc` or set ALLAS_PANDOC)")
            : Measured(key, label, Pandoc, args, workingDirectory, runs, warm, null);

    private Row Measured(string key, string label, string program, IReadOnlyList<string> args, string workingDirectory, int runs, bool warm, string? pandocKey, Action? before = null)
    {
        log.WriteLine($"  {label}: {runs} run(s){(warm ? " after one warm-up" : "")}");
        var times = new List<double>();
        var cpu = new List<double>();
        long peak = 0;
        for (var i = warm ? -1 : 0; i < runs; i++)
        {
            before?.Invoke();
            var run = ProcessMeasure.Run(program, args, workingDirectory);
            if (!run.Ok)
                return Row.NotMeasured(key, label, $"failed (exit {run.ExitCode}): {FirstLine(run.StdErr + run.StdOut)}", pandocKey);
            if (i < 0) continue;
            times.Add(run.Wall.TotalMilliseconds);
            if (run.CpuMs is { } c) cpu.Add(c);
            peak = Math.Max(peak, run.PeakKiB);
        }
        log.WriteLine($"    median {Stats.Median(times):F0} ms, peak {peak / 1024.0:F0} MiB");
        return new Row(key, label, times, peak, null, pandocKey, cpu);
    }

    /// <summary>
    /// Whether the CLI knows a command (and an option of it): its help must name the command in its usage
    /// line, as an unknown word only brings back the root command's help.
    /// </summary>
    private bool Available(params string[] command)
    {
        var (program, prefix) = AllasCommand();
        var words = command.Where(c => !c.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var run = ProcessMeasure.Run(program, [.. prefix, .. words, "--help"], options.WorkDirectory);
        var usage = "allas " + string.Join(' ', words);
        if (!run.Ok || !run.StdOut.Split('\n').Any(l => l.Trim() == usage || l.Trim().StartsWith(usage + " ", StringComparison.Ordinal))) return false;
        var option = command.FirstOrDefault(c => c.StartsWith("--", StringComparison.Ordinal));
        return option is null || run.StdOut.Contains(option, StringComparison.Ordinal);
    }

    private (string Program, string[] Prefix) AllasCommand() =>
        options.Allas.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ("dotnet", [options.Allas]) : (options.Allas, []);

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}

public static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
