using System.Globalization;
using System.Text;

namespace AlLas.Publishing.Benchmarks;

/// <summary>The whole-process bench's results as a Markdown report: machine, sizes, medians, ratios, growth, targets.</summary>
public static class BenchReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Write(IReadOnlyList<SizeResult> results, Machine machine, BenchOptions options, string commandLine, string allasDescription, string load)
    {
        var md = new StringBuilder();
        md.AppendLine("# Speed and scale: whole-process bench");
        md.AppendLine();
        md.AppendLine(Inv, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC with `{commandLine}`.");
        md.AppendLine();
        md.AppendLine("| machine | |");
        md.AppendLine("|---|---|");
        md.AppendLine(Inv, $"| cores (nproc) | {machine.Cores} |");
        md.AppendLine(Inv, $"| CPU | {machine.Cpu} |");
        md.AppendLine(Inv, $"| memory | {machine.Memory} |");
        md.AppendLine(Inv, $"| OS | {machine.Os} |");
        md.AppendLine(Inv, $"| .NET | {machine.Runtime}, SDK {machine.Sdk} |");
        md.AppendLine(Inv, $"| pandoc | {machine.Pandoc ?? "not found"} |");
        md.AppendLine(Inv, $"| allas | {allasDescription} |");
        md.AppendLine(Inv, $"| load average (1, 5, 15 min) | {load} |");
        md.AppendLine();
        var sizes = results.Select(r => r.Pages).ToList();
        md.AppendLine(string.Create(Inv, $"Each command is a separate process started as a user starts it; the figure is the median wall time of {options.Runs} runs after one unmeasured warm-up")
            + (sizes.Any(s => s >= options.LargeSize) ? string.Create(Inv, $" ({options.LargeRuns} runs and no warm-up at {options.LargeSize:N0} pages)") : "")
            + $". Peak memory is the largest peak resident set of the measured runs, from {ProcessMeasure.MemorySource}. "
            + "pandoc reads the same Markdown as our build: the chapters after Scriban expansion, joined in reading order (no citeproc, so it does not format citations). "
            + "Ratios are ours divided by pandoc's, from the same run.");
        md.AppendLine();

        Generated(md, results);
        foreach (var result in results) Size(md, result);
        Growth(md, results);
        Targets(md, results, options);
        Profile(md, results);
        NotMeasured(md, results);
        return md.ToString();
    }

    private static void Generated(StringBuilder md, IReadOnlyList<SizeResult> results)
    {
        md.AppendLine("## What was measured");
        md.AppendLine();
        md.AppendLine("| pages asked | estimated pages | chapters | words | headings | figures | tables | lists | footnotes | citations | cross-references | pending | expanded Markdown | generation |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var t = r.Generated.Tally;
            md.AppendLine(Inv, $"| {r.Pages:N0} | {r.Generated.EstimatedPages:N0} | {t.Chapters:N0} | {t.Words:N0} | {t.Headings:N0} | {t.Figures:N0} | {t.Tables:N0} | {t.Lists:N0} | {t.Footnotes:N0} | {t.Citations:N0} | {t.CrossReferences:N0} | {t.Pending:N0} | {r.MarkdownBytes / 1024.0:N0} KiB | {Time(r.GenerationMs)} |");
        }
        md.AppendLine();
        md.AppendLine("Review round on each draft (seeded, Word's markup):");
        md.AppendLine();
        md.AppendLine("| pages | reviewed draft | comments | of which replies | insertions | deletions | moves (from + to) | formatting | revisions | generation |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var t = r.ReviewTally;
            md.AppendLine(Inv, $"| {r.Pages:N0} | {r.ReviewDraft} | {t.Comments + t.Replies:N0} | {t.Replies:N0} | {t.Insertions:N0} | {t.Deletions:N0} | {t.MovesFrom:N0} + {t.MovesTo:N0} | {t.FormatChanges:N0} | {t.Revisions:N0} | {Time(r.ReviewGenerationMs)} |");
        }
        md.AppendLine();
    }

    private static void Size(StringBuilder md, SizeResult result)
    {
        md.AppendLine(Inv, $"## {result.Pages:N0} pages");
        md.AppendLine();
        md.AppendLine("| measurement | median | min | runs | CPU time (median) | peak memory | ratio to pandoc (wall) | ratio (CPU) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in result.Rows)
        {
            if (!row.Measured)
            {
                md.AppendLine(Inv, $"| {row.Label} | {row.Status} | | | | | | |");
                continue;
            }
            var pandoc = row.PandocKey is null ? null : result.Find(row.PandocKey);
            var ratio = pandoc is { Measured: true } ? $"{row.Median / pandoc.Median:F2} × ({pandoc.Label})" : "";
            var cpuRatio = pandoc is { Measured: true } && !double.IsNaN(row.CpuMedian) && !double.IsNaN(pandoc.CpuMedian) ? $"{row.CpuMedian / pandoc.CpuMedian:F2} ×" : "";
            var peak = row.PeakKiB is { } kib ? $"{kib / 1024.0:N0} MiB" : "(in the bench process)";
            md.AppendLine(Inv, $"| {row.Label} | {Time(row.Median)} | {Time(row.Min)} | {row.Milliseconds.Count} | {Time(row.CpuMedian)} | {peak} | {ratio} | {cpuRatio} |");
        }
        md.AppendLine();
    }

    private static void Growth(StringBuilder md, IReadOnlyList<SizeResult> results)
    {
        if (results.Count < 2) return;
        var first = results[0];
        md.AppendLine(Inv, $"## Growth from {first.Pages:N0} pages");
        md.AppendLine();
        md.Append("| measurement |");
        foreach (var r in results) md.Append(Inv, $" {r.Pages:N0} p. |");
        foreach (var r in results.Skip(1)) md.Append(Inv, $" × {r.Pages:N0}/{first.Pages:N0} |");
        md.AppendLine(" peak memory growth |");
        md.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|", results.Count * 2))).AppendLine();
        foreach (var row in first.Rows.Where(r => r.Measured))
        {
            var across = results.Select(r => r.Find(row.Key)).ToList();
            md.Append(Inv, $"| {row.Label} |");
            foreach (var r in across) md.Append(' ').Append(r is { Measured: true } ? Time(r.Median) : "—").Append(" |");
            foreach (var r in across.Skip(1)) md.Append(' ').Append(r is { Measured: true } ? (r.Median / row.Median).ToString("F1", Inv) : "—").Append(" |");
            var lastPeak = across[^1]?.PeakKiB;
            md.Append(' ').Append(row.PeakKiB is > 0 && lastPeak is > 0 ? $"{row.PeakKiB / 1024.0:N0} → {lastPeak / 1024.0:N0} MiB" : "").AppendLine(" |");
        }
        md.AppendLine();
    }

    private static void Targets(StringBuilder md, IReadOnlyList<SizeResult> results, BenchOptions options)
    {
        md.AppendLine("## Targets of issue 7");
        md.AppendLine();
        md.AppendLine("| target | figure | met? |");
        md.AppendLine("|---|---|---|");
        foreach (var r in results)
        {
            var build = r.Find("build-all");
            var pandoc = r.Find("pandoc-docx");
            var docx = r.Find("build-docx") is { Measured: true };
            if (build is { Measured: true } && pandoc is { Measured: true })
            {
                var ratio = build.Median / pandoc.Median;
                var verdict = !docx ? "cannot be judged: our build writes HTML only (no Word writer on this branch)" : ratio <= 0.3 ? "yes" : "no";
                md.AppendLine(Inv, $"| full build of both formats ≤ 0.3 × pandoc md → docx ({r.Pages:N0} p.) | {Time(build.Median)} vs {Time(pandoc.Median)} = {ratio:F2} × | {verdict} |");
            }
        }
        foreach (var r in results)
        {
            var import = r.Find("review-import");
            var extract = r.Find("review-extract");
            var pandoc = r.Find("pandoc-track");
            var figure = import is { Measured: true } ? $"import {Time(import.Median)}" : $"import: {import?.Status}";
            if (extract is { Measured: true })
                figure += $"; extract {Time(extract.Median)}" + (pandoc is { Measured: true } ? $" = {extract.Median / pandoc.Median:F2} × pandoc's read ({Time(pandoc.Median)})" : "");
            var met = import is { Measured: true } && pandoc is { Measured: true }
                ? (import.Median <= 1000 && import.Median <= 0.5 * pandoc.Median ? "yes" : "no")
                : "not measured";
            md.AppendLine(Inv, $"| import of {r.ReviewTally.Comments + r.ReviewTally.Replies:N0} comments and {r.ReviewTally.Revisions:N0} revisions ≤ 1 s and ≤ 0.5 × pandoc ({r.Pages:N0} p. draft) | {figure} | {met} |");
        }
        var redline = results.FirstOrDefault(r => r.Pages == options.RedlineSize)?.Find("redline");
        md.AppendLine(Inv, $"| redline of {options.RedlineSize} pages with 5 % changed ≤ 2 s | {(redline is { Measured: true } ? Time(redline.Median) : redline?.Status ?? "size not run")} | {(redline is { Measured: true } ? (redline.Median <= 2000 ? "yes" : "no") : "not measured")} |");

        var small = results.FirstOrDefault(r => r.Pages == 50);
        var large = results.FirstOrDefault(r => r.Pages == options.LargeSize);
        if (small?.Find("build-all") is { Measured: true } s && large?.Find("build-all") is { Measured: true } l)
        {
            var growth = l.Median / s.Median;
            md.AppendLine(Inv, $"| {options.LargeSize:N0} pages ≤ 100 × the time of 50 pages (full build) | {Time(l.Median)} / {Time(s.Median)} = {growth:F1} × | {(growth <= 100 ? "yes" : "no")} |");
            var peak = large.Rows.Where(x => x.Measured && x.PeakKiB is > 0 && !x.Key.StartsWith("pandoc", StringComparison.Ordinal)).Max(x => x.PeakKiB!.Value) / 1024.0;
            md.AppendLine(Inv, $"| peak memory ≤ 300 MiB at {options.LargeSize:N0} pages (largest of our commands) | {peak:N0} MiB | {(peak <= 300 ? "yes" : "no")} |");
        }
        else
        {
            md.AppendLine(Inv, $"| {options.LargeSize:N0} pages ≤ 100 × the time of 50 pages; peak memory ≤ 300 MiB | {options.LargeSize:N0} pages not run | not measured |");
        }
        foreach (var r in results)
        {
            if (r.Find("watch") is not { Measured: true } w) continue;
            var quiet = Preview.PreviewSession.Quiet.TotalMilliseconds;
            var incremental = r.Find("watch-incremental") is { Measured: true } i ? $"; the bench's own chapter-level rebuild takes {Time(i.Median)}" : "";
            md.AppendLine(Inv, $"| one chapter saved in watch mode → page refreshed ≤ 100 ms ({r.Pages:N0} p.) | {Time(w.Median)} from the file write to the reload event (its {quiet:F0} ms quiet time included){incremental} | {(w.Median <= 100 ? "yes" : "no")} |");
        }
        md.AppendLine();
    }

    private static void Profile(StringBuilder md, IReadOnlyList<SizeResult> results)
    {
        md.AppendLine("## In-process profile: where a build's time goes");
        md.AppendLine();
        md.AppendLine("The same build done step by step in the bench process (warm: after one unmeasured load), Stopwatch per step, median over the runs. "
            + "The whole-process figures add the runtime's start, JIT compilation and the CLI's own work to these.");
        md.AppendLine();
        Steps(md, results, r => r.Stages);
        md.AppendLine("A chapter-level rebuild (what a watch loop that keeps the other chapters parsed would do: the chapter in the middle of the document, saved with one more sentence, re-read and parsed; the document renumbered, its references resolved, the HTML page written), per step:");
        md.AppendLine();
        Steps(md, results, r => r.WatchStages);
    }

    private static void Steps(StringBuilder md, IReadOnlyList<SizeResult> results, Func<SizeResult, IReadOnlyDictionary<string, double>> stages)
    {
        md.Append("| step |");
        foreach (var r in results) md.Append(Inv, $" {r.Pages:N0} p. |");
        md.AppendLine();
        md.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|", results.Count))).AppendLine();
        var keys = results.SelectMany(r => stages(r).Keys).Distinct().OrderBy(k => k == "total" ? 1 : 0).ToList();
        foreach (var key in keys)
        {
            md.Append(Inv, $"| {key} |");
            foreach (var r in results)
            {
                var all = stages(r);
                var total = all.GetValueOrDefault("total");
                md.Append(' ').Append(all.TryGetValue(key, out var ms) ? key == "total" || total == 0 ? Time(ms) : string.Create(Inv, $"{Time(ms)} ({100 * ms / total:F0} %)") : "—").Append(" |");
            }
            md.AppendLine();
        }
        md.AppendLine();
    }

    private static void NotMeasured(StringBuilder md, IReadOnlyList<SizeResult> results)
    {
        var missing = results.SelectMany(r => r.Rows).Where(r => !r.Measured).GroupBy(r => r.Key).Select(g => g.First()).ToList();
        if (missing.Count == 0) return;
        md.AppendLine("## Not measured in this run");
        md.AppendLine();
        foreach (var row in missing) md.AppendLine(Inv, $"- {row.Label}: {row.Status}");
        md.AppendLine();
    }

    public static string Time(double ms) =>
        double.IsNaN(ms) ? "—" : ms < 10_000 ? ms.ToString("N0", Inv) + " ms" : (ms / 1000).ToString("N1", Inv) + " s";
}
