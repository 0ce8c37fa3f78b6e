using AlLas.Publishing.Content;
using AlLas.Publishing.Generation;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Html;
using BenchmarkDotNet.Attributes;
using Scriban.Runtime;

namespace AlLas.Publishing.Benchmarks.Micro;

/// <summary>
/// The in-process steps of a build, one generated publication per size: expansion and parsing of every
/// chapter, numbering, and the HTML writer. ALLAS_BENCH_PAGES (comma-separated) chooses the sizes.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string root = "";
    private Publication publication = null!;
    private List<(SourceText Source, FrontMatter FrontMatter, ChapterKind Kind)> sources = [];
    private TemplateExpander expander = null!;
    private List<Chapter> parsed = [];

    public static IEnumerable<int> Sizes =>
        (Environment.GetEnvironmentVariable("ALLAS_BENCH_PAGES") ?? "50").Split(',').Select(int.Parse);

    [ParamsSource(nameof(Sizes))]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        root = Path.Combine(Path.GetTempPath(), $"allas-micro-{Pages}-{Environment.ProcessId}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        PublicationGenerator.Generate(root, Pages, 2013, RepoLocator.Templates);
        publication = new PublicationLoader(root, new Content.Diagnostics(), ReleaseInfo.WorkingDraft(null)).Load();
        var folder = Path.Combine(root, Paths.Content, PublicationGenerator.DocumentId);
        var manifest = publication.Documents[0].Manifest;
        expander = new TemplateExpander(Globals(manifest), Path.Combine(root, Paths.Templates, "partials"), root);
        sources = manifest.Chapters.Select(f => (f, ChapterKind.Body)).Concat(manifest.Annexes.Select(f => (f, ChapterKind.Annex)))
            .Select(x =>
            {
                var path = Path.Combine(folder, x.f);
                var source = new SourceText(Paths.Relative(root, path), File.ReadAllText(path));
                var frontMatter = FrontMatter.Split(source);
                var kind = x.Item2 == ChapterKind.Body && !frontMatter.GetBool("numbered", true) ? ChapterKind.Front : x.Item2;
                return (source, frontMatter, kind);
            }).ToList();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(root, recursive: true);

    private ScriptObject Globals(DocumentManifest manifest)
    {
        var document = new Dictionary<string, object?> { ["subtitle"] = null, ["deliverable"] = null, ["due"] = null, ["pages"] = null };
        foreach (var (key, value) in manifest.Data) document[key] = value;
        var globals = TemplateExpander.Globals(publication.Data, document);
        globals["release"] = new ScriptObject { ["label"] = "bench", ["date"] = null, ["commit"] = null };
        return globals;
    }

    /// <summary>Every chapter's Scriban expansion and Markdig parse: the bulk of loading.</summary>
    [Benchmark]
    public int ExpandAndParse()
    {
        parsed = Parse();
        return parsed.Count;
    }

    [IterationSetup(Target = nameof(Numbering))]
    public void FreshChapters() => parsed = Parse();

    [Benchmark]
    public int Numbering() => Content.Numbering.Assign(parsed, new Content.Diagnostics()).Labels.Count;

    /// <summary>The whole load as the build does it: data, expansion, parse, numbering, references.</summary>
    [Benchmark]
    public int Load() => new PublicationLoader(root, new Content.Diagnostics(), ReleaseInfo.WorkingDraft(null)).Load().Documents[0].Chapters.Count;

    [Benchmark]
    public long RenderHtml() => new HtmlWriter(Path.Combine(root, Paths.Templates)).Write(publication.Documents[0], publication).Sum(Bytes);

    /// <summary>A file's size as written: the page is produced only as it is written.</summary>
    private static long Bytes(Rendering.OutputFile file)
    {
        using var counter = new MemoryStream();
        file.WriteTo(counter);
        return counter.Length;
    }

    private List<Chapter> Parse() => sources.Select(s =>
    {
        var (text, map) = expander.Expand(s.Source, s.FrontMatter.BodyStart);
        return new Chapter { File = s.Source.File, Kind = s.Kind, Markdown = PublicationMarkdown.Parse(text, "es-ES"), Map = map, FrontMatter = s.FrontMatter };
    }).ToList();
}
