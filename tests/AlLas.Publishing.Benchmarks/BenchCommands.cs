using System.CommandLine;
using System.Globalization;
using AlLas.Publishing.Benchmarks.Micro;
using AlLas.Publishing.Cli;
using AlLas.Publishing.Content;
using AlLas.Publishing.Generation;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AlLas.Publishing.Benchmarks;

/// <summary>
/// `allas-bench`: generate a test publication, run the whole-process bench and write its report, or run
/// the in-process micro-benchmarks. Run it built in Release:
/// dotnet run -c Release --project tests/AlLas.Publishing.Benchmarks -- run --pages 50,500
/// </summary>
public static class BenchCommands
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Mide la velocidad de allas frente a pandoc sobre publicaciones generadas de 50, 500 y 5000 páginas.")
        {
            Generate(output),
            Bench(output),
            MicroBenchmarks(output),
            Watch(output),
            Content(output),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) error.WriteLine($"allas-bench: error: {e.Message}");
            return 2;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static Command Content(TextWriter output)
    {
        var allas = new Option<string>("--allas") { Description = "El allas que se mide: el instalado (allas en PATH), un ejecutable o allas.dll.", DefaultValueFactory = _ => "allas" };
        var runs = new Option<int>("--runs") { Description = "Rondas medidas, tras una de calentamiento (mediana).", DefaultValueFactory = _ => 5 };
        var repo = new Option<string?>("--repo") { Description = "Repositorio cuya publicación se construye (por omisión, este)." };
        var work = new Option<string?>("--work") { Description = "Carpeta de trabajo." };
        var command = new Command("content", "Mide allas build de todos los documentos de content/ frente a pandoc md → docx de los mismos capítulos, en rondas alternas.") { allas, runs, repo, work };
        command.SetAction(parse =>
        {
            var pandoc = Environment.GetEnvironmentVariable("ALLAS_PANDOC") is { Length: > 0 } p && File.Exists(p) ? p : ProcessMeasure.Find("pandoc");
            if (pandoc is null)
            {
                output.WriteLine("allas-bench: error: no se encuentra pandoc (apt-get install pandoc, o ALLAS_PANDOC).");
                return 2;
            }
            var given = parse.GetValue(allas)!;
            var program = given.Contains(Path.DirectorySeparatorChar) || given.EndsWith(".dll", StringComparison.Ordinal) ? Path.GetFullPath(given) : ProcessMeasure.Find(given) ?? given;
            var root = Path.GetFullPath(parse.GetValue(repo) ?? RepoLocator.Root);
            var workDirectory = Path.GetFullPath(parse.GetValue(work) ?? Path.Combine(Path.GetTempPath(), "allas-bench-content"));
            output.WriteLine($"{program} build frente a {pandoc}, en {root}; {Environment.ProcessorCount} núcleos, carga {File.ReadAllText("/proc/loadavg").Trim()}");
            var result = new ContentBench(root, program, pandoc, parse.GetValue(runs), workDirectory, output).Run();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"documentos: {string.Join(", ", result.Documents)} ({result.Words:N0} palabras)\n" +
                $"allas build (docx + html):  mediana {Stats.Median(result.AllasMs):F0} ms, CPU {Stats.Median(result.AllasCpuMs):F0} ms\n" +
                $"pandoc md → docx:           mediana {Stats.Median(result.PandocMs):F0} ms, CPU {Stats.Median(result.PandocCpuMs):F0} ms\n" +
                $"allas / pandoc: {result.Ratio:F2} × (pared), {result.CpuRatio:F2} × (CPU); carga al final {File.ReadAllText("/proc/loadavg").Trim()}"));
            return 0;
        });
        return command;
    }

    private static Option<int> SeedOption() => new("--seed") { Description = "Semilla del generador.", DefaultValueFactory = _ => 2013 };

    private static Command Generate(TextWriter output)
    {
        var pages = new Option<int>("--pages") { Description = "Páginas del documento generado.", DefaultValueFactory = _ => 50 };
        var target = new Option<string>("--out") { Description = "Carpeta del repositorio generado (se vacía).", Required = true };
        var seed = SeedOption();
        var review = new Option<bool>("--review") { Description = "Escribe también revision/revisado.docx: 1000 comentarios con respuestas y 5000 cambios." };
        var command = new Command("generate", "Genera una publicación de prueba: content/, templates/ y, si se pide, un docx revisado.") { pages, target, seed, review };
        command.SetAction(parse =>
        {
            var dir = Path.GetFullPath(parse.GetValue(target)!);
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            var generated = PublicationGenerator.Generate(dir, parse.GetValue(pages), parse.GetValue(seed), RepoLocator.Templates);
            var t = generated.Tally;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{dir}: {t.Chapters} capítulos, {t.Words} palabras (≈ {generated.EstimatedPages:F0} páginas), {t.Figures} figuras, {t.Tables} tablas, {t.Footnotes} notas, {t.Citations} citas, {t.CrossReferences} referencias cruzadas, {t.Pending} pendientes"));
            if (parse.GetValue(review))
            {
                var (path, tally, draft) = WriteReviewed(generated, parse.GetValue(seed));
                output.WriteLine($"{path}: {tally.Comments + tally.Replies} comentarios ({tally.Replies} respuestas), {tally.Revisions} cambios, sobre {draft}");
            }
            return 0;
        });
        return command;
    }

    /// <summary>The review round on our Word writer's draft when one is registered, else on a plain docx of the same paragraphs.</summary>
    public static (string Path, ReviewRoundTally Tally, string Draft) WriteReviewed(GeneratedPublication generated, int seed)
    {
        var diagnostics = new Content.Diagnostics();
        var publication = new PublicationLoader(generated.Root, diagnostics, ReleaseInfo.WorkingDraft(null)).Load();
        diagnostics.ThrowIfErrors();
        var document = publication.Documents[0];
        var docx = Writers.All(generated.Root).FirstOrDefault(w => w.Format == "docx");
        var draft = docx is null
            ? StandaloneDraft.Create(document)
            : docx.Write(document, publication).First(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal)).Content;
        var (reviewed, tally) = ReviewRound.Apply(draft, new ReviewRoundOptions(Seed: seed));
        var path = Path.Combine(generated.Root, "revision", "revisado.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, reviewed);
        return (path, tally, docx is null ? "un docx con los mismos párrafos (no hay escritor Word registrado)" : "el borrador de nuestro escritor Word");
    }

    private static Command Bench(TextWriter output)
    {
        var pages = new Option<string>("--pages") { Description = "Tamaños, separados por comas.", DefaultValueFactory = _ => "50,500" };
        var runs = new Option<int>("--runs") { Description = "Ejecuciones medidas por orden (mediana).", DefaultValueFactory = _ => 5 };
        var largeRuns = new Option<int>("--large-runs") { Description = "Ejecuciones a 5000 páginas.", DefaultValueFactory = _ => 3 };
        var allas = new Option<string>("--allas") { Description = "El allas que se mide: allas.dll o un ejecutable publicado (por omisión, el de esta compilación)." };
        var work = new Option<string>("--work") { Description = "Carpeta de trabajo (se vacía por tamaño)." };
        var report = new Option<string>("--report") { Description = "Informe Markdown que se escribe (por omisión, reports/whole-process.md)." };
        var readyToRun = new Option<bool>("--ready-to-run") { Description = "Publica allas precompilado (ReadyToRun) en la carpeta de trabajo y mide ese." };
        var redlineEverySize = new Option<bool>("--redline-every-size") { Description = "Mide el borrador con cambios en cada tamaño, no solo a 500 páginas." };
        var nativeAot = new Option<bool>("--native-aot") { Description = "Publica allas compilado a código nativo (Native AOT, necesita clang o gcc) en la carpeta de trabajo y mide ese." };
        var seed = SeedOption();
        var command = new Command("run", "Mide el proceso completo (allas y pandoc) en cada tamaño y escribe el informe.") { pages, runs, largeRuns, allas, readyToRun, nativeAot, work, report, redlineEverySize, seed };
        command.SetAction(parse =>
        {
            var workDirectory = Path.GetFullPath(parse.GetValue(work) ?? Path.Combine(Path.GetTempPath(), "allas-bench"));
            var allasPath = Path.GetFullPath(parse.GetValue(allas) ?? Path.Combine(AppContext.BaseDirectory, "allas.dll"));
            if (parse.GetValue(readyToRun) && parse.GetValue(nativeAot))
            {
                output.WriteLine("allas-bench: error: --ready-to-run y --native-aot se excluyen: mida uno en cada ejecución.");
                return 2;
            }
            if (parse.GetValue(readyToRun)) allasPath = Publish(Path.Combine(workDirectory, "allas-r2r"), nativeAot: false, output);
            if (parse.GetValue(nativeAot)) allasPath = Publish(Path.Combine(workDirectory, "allas-aot"), nativeAot: true, output);
            var options = new BenchOptions(
                parse.GetValue(pages)!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList(),
                parse.GetValue(runs),
                parse.GetValue(largeRuns),
                allasPath,
                workDirectory,
                RepoLocator.Templates,
                parse.GetValue(seed),
                RedlineEverySize: parse.GetValue(redlineEverySize),
                Log: output);
            var bench = new WholeProcessBench(options);
            var results = bench.Run();
            var reportPath = Path.GetFullPath(parse.GetValue(report) ?? Path.Combine(RepoLocator.Reports, "whole-process.md"));
            var commandLine = "allas-bench " + string.Join(' ', parse.Tokens.Select(t => t.Value));
            var markdown = BenchReport.Write(results, Machine.Describe(bench.Pandoc), options, commandLine, DescribeAllas(allasPath),
                $"{bench.LoadBefore} at the start, {bench.LoadAfter} at the end (on {Environment.ProcessorCount} cores; other work on the machine slows wall times, CPU times less)");
            Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
            AlLas.Publishing.Rendering.AtomicOutput.WriteFile(reportPath, System.Text.Encoding.UTF8.GetBytes(markdown));
            output.WriteLine($"informe: {reportPath}");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The CLI as it ships: `dotnet publish -r RID`, which the CLI's project compiles to native code (Native AOT), or,
    /// with PublishAot=false, precompiles ReadyToRun for the installed runtime.
    /// </summary>
    public static string Publish(string folder, bool nativeAot, TextWriter output)
    {
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        output.WriteLine($"publishing allas ({rid}, {(nativeAot ? "Native AOT" : "ReadyToRun")}) to {folder}");
        var project = Path.Combine(RepoLocator.Root, "src", "AlLas.Publishing.Cli", "AlLas.Publishing.Cli.csproj");
        string[] kind = nativeAot ? ["-p:PublishAot=true"] : ["-p:PublishAot=false", "--self-contained", "false"];
        var run = ProcessMeasure.Run("dotnet", ["publish", project, "-c", "Release", "-r", rid, .. kind, "-o", folder, "-v", "quiet", "-nologo"], RepoLocator.Root);
        if (!run.Ok) throw new InvalidOperationException($"dotnet publish failed:\n{run.StdOut}\n{run.StdErr}");
        return Path.Combine(folder, OperatingSystem.IsWindows() ? "allas.exe" : "allas");
    }

    private static string DescribeAllas(string path)
    {
        var isDll = path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var dll = isDll ? path : Path.ChangeExtension(path, ".dll");
        // A native executable carries no allas.dll beside it.
        var kind = !File.Exists(dll) ? "Native AOT" : IsReadyToRun(dll) ? "ReadyToRun" : "JIT only";
        var host = isDll ? "run as `dotnet allas.dll`" : kind == "Native AOT" ? "native executable" : "app host";
        return $"`{path}` ({host}; {kind})";
    }

    /// <summary>ReadyToRun images carry a managed native header; the PE reader tells.</summary>
    private static bool IsReadyToRun(string dll)
    {
        using var stream = File.OpenRead(dll);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static Command Watch(TextWriter output)
    {
        var repo = new Option<string>("--repo") { Description = "Publicación generada (de `generate`).", Required = true };
        var runs = new Option<int>("--runs") { Description = "Guardados medidos.", DefaultValueFactory = _ => 10 };
        var command = new Command("watch", "Mide `allas watch` en proceso: del guardado de un capítulo al aviso de recarga de la página.") { repo, runs };
        command.SetAction(parse =>
        {
            var root = Path.GetFullPath(parse.GetValue(repo)!);
            var folder = Path.Combine(root, Paths.Content, PublicationGenerator.DocumentId);
            var chapters = Directory.GetFiles(folder, "*-capitulo.md").Order(StringComparer.Ordinal).ToList();
            var times = WatchRefresh.Measure(root, PublicationGenerator.DocumentId, chapters[chapters.Count / 2], parse.GetValue(runs), out var cpu);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"guardado → aviso de recarga: mediana {Stats.Median(times):F0} ms, mín. {times.Min():F0} ms, máx. {times.Max():F0} ms ({string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}); CPU del proceso por guardado: mediana {Stats.Median(cpu):F0} ms"));
            return 0;
        });
        return command;
    }

    private static Command MicroBenchmarks(TextWriter output)
    {
        var pages = new Option<string>("--pages") { Description = "Tamaños, separados por comas.", DefaultValueFactory = _ => "50" };
        var command = new Command("micro", "BenchmarkDotNet (trabajo corto) de las etapas en proceso: expansión y análisis, numeración, HTML.") { pages };
        command.SetAction(parse =>
        {
            Environment.SetEnvironmentVariable("ALLAS_BENCH_PAGES", parse.GetValue(pages));
            var artifacts = Path.Combine(Path.GetTempPath(), "allas-bench-artifacts");
            var config = ManualConfig.CreateMinimumViable()
                .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
                .AddExporter(MarkdownExporter.GitHub)
                .WithArtifactsPath(artifacts);
            var summary = BenchmarkRunner.Run<PipelineBenchmarks>(config);
            var table = Directory.GetFiles(Path.Combine(artifacts, "results"), "*-report-github.md").Single();
            var report = Path.Combine(RepoLocator.Reports, "micro.md");
            var text = $"# In-process micro-benchmarks (BenchmarkDotNet, short run)\n\nMeasured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC with `allas-bench micro --pages {parse.GetValue(pages)}`.\n\n{File.ReadAllText(table)}";
            AlLas.Publishing.Rendering.AtomicOutput.WriteFile(report, System.Text.Encoding.UTF8.GetBytes(text));
            output.WriteLine($"informe: {report}");
            return summary.HasCriticalValidationErrors ? 1 : 0;
        });
        return command;
    }
}
