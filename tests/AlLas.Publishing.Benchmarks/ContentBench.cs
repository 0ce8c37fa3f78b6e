using System.Globalization;
using AlLas.Publishing.Cli;
using AlLas.Publishing.Content;

namespace AlLas.Publishing.Benchmarks;

/// <summary>
/// The publication's own content as a writer builds it: `allas build` of every document (docx and html) against
/// pandoc turning the same chapters, expanded as our build expands them, into one docx per document. The two run
/// in turn, one after the other in each round, so that whatever else the machine does weighs on both alike.
/// </summary>
public sealed class ContentBench(string root, string allas, string pandoc, int runs, string workDirectory, TextWriter log)
{
    public sealed record Result(IReadOnlyList<string> Documents, IReadOnlyList<double> AllasMs, IReadOnlyList<double> PandocMs,
        IReadOnlyList<double> AllasCpuMs, IReadOnlyList<double> PandocCpuMs, long Words)
    {
        public double Ratio => Stats.Median(AllasMs) / Stats.Median(PandocMs);
        public double CpuRatio => Stats.Median(AllasCpuMs) / Stats.Median(PandocCpuMs);
    }

    public Result Run()
    {
        Directory.CreateDirectory(workDirectory);
        var documents = Directory.EnumerateDirectories(Path.Combine(root, Paths.Content))
            .Where(d => File.Exists(Path.Combine(d, Paths.ManifestName)))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var pandocRuns = new List<string[]>();
        long words = 0;
        foreach (var document in documents)
        {
            var staged = new StagedBuild(root, Writers.All(root));
            staged.Load(document);
            var markdown = Path.Combine(workDirectory, $"{document}.md");
            File.WriteAllText(markdown, staged.ExpandedMarkdown);
            words += staged.ExpandedMarkdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            pandocRuns.Add(["-f", "markdown", "-t", "docx", "--resource-path", Path.Combine(root, Paths.Content, document),
                "-o", Path.Combine(workDirectory, $"{document}-pandoc.docx"), markdown]);
        }

        var (program, prefix) = allas.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ("dotnet", new[] { allas }) : (allas, Array.Empty<string>());
        string[] build = [.. prefix, "build", "--out", Path.Combine(workDirectory, "out")];
        List<double> allasMs = [], pandocMs = [], allasCpu = [], pandocCpu = [];
        for (var i = -1; i < runs; i++)
        {
            var ours = Measure(program, build);
            var theirs = pandocRuns.Select(args => Measure(pandoc, args)).ToList();
            if (i < 0) continue; // one round to warm the disk cache
            allasMs.Add(ours.Wall.TotalMilliseconds);
            allasCpu.Add(ours.CpuMs ?? double.NaN);
            pandocMs.Add(theirs.Sum(t => t.Wall.TotalMilliseconds));
            pandocCpu.Add(theirs.Sum(t => t.CpuMs ?? double.NaN));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {i + 1}: allas {allasMs[^1]:F0} ms, pandoc {pandocMs[^1]:F0} ms"));
        }
        return new Result(documents, allasMs, pandocMs, allasCpu, pandocCpu, words);
    }

    private ProcessRun Measure(string program, string[] args)
    {
        var run = ProcessMeasure.Run(program, args, root);
        if (!run.Ok) throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed (exit {run.ExitCode})\n{run.StdErr}{run.StdOut}");
        return run;
    }
}
