using System.Diagnostics;
using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering;
using Scriban.Runtime;

namespace AlLas.Publishing.Benchmarks;

/// <summary>
/// The build of one document done step by step with the library's public pieces, in the order
/// PublicationLoader and DraftBuild take them, each step timed: the profile that says where the time
/// goes. It also keeps what a watch loop keeps between saves, so that one chapter can be rebuilt alone.
/// </summary>
public sealed class StagedBuild
{
    public const string Data = "YAML data";
    public const string Expand = "Scriban expansion (read + front matter + expand)";
    public const string Parse = "Markdig parse (+ figures, captions)";
    public const string Number = "numbering";
    public const string Resolve = "references, citations, bibliography";
    public const string Html = "HTML writer";
    public const string Docx = "docx writer";
    public const string Write = "writing files";

    private static readonly (string Template, ChapterKind Kind)[] FrontTemplates =
    [
        ("portada.md.sbn", ChapterKind.Cover),
        ("creditos.md.sbn", ChapterKind.Front),
        ("aviso-ue.md.sbn", ChapterKind.Front),
    ];

    private readonly string root;
    private readonly IReadOnlyList<IDocumentWriter> writers;
    private readonly Content.Diagnostics diagnostics = new();
    private readonly Dictionary<string, double> stages = [];
    private readonly List<(string Path, ChapterKind Kind)> files = [];
    private readonly List<Chapter> chapters = [];
    private readonly List<string> expanded = [];
    private TemplateExpander expander = null!;
    private DataMap data = null!;
    private Bibliography bibliography = null!;
    private DocumentManifest manifest = null!;
    private string folder = "";

    public StagedBuild(string root, IReadOnlyList<IDocumentWriter> writers)
    {
        this.root = root;
        this.writers = writers;
    }

    /// <summary>Milliseconds per step of the last Load + Render.</summary>
    public IReadOnlyDictionary<string, double> Stages => stages;

    public Publication Publication { get; private set; } = null!;

    public Document Document => Publication.Documents[0];

    /// <summary>The chapters' Markdown after Scriban expansion, joined in reading order: what pandoc is given.</summary>
    public string ExpandedMarkdown => string.Join("\n\n", expanded);

    public Publication Load(string documentId)
    {
        stages.Clear();
        Time(Data, () =>
        {
            data = (DataMap)YamlData.Parse(Read(Path.Combine(root, Paths.PublicationFile)))!;
            bibliography = Bibliography.Read(Read(Path.Combine(root, Paths.Content, Bibliography.FileName)), diagnostics);
            folder = Path.Combine(root, Paths.Content, documentId);
            manifest = DocumentManifest.Read(Read(Path.Combine(folder, Paths.ManifestName)));
        });

        var documentData = new Dictionary<string, object?> { ["subtitle"] = null, ["deliverable"] = null, ["due"] = null, ["pages"] = null };
        foreach (var (key, value) in manifest.Data) documentData[key] = value;
        documentData["id"] = documentId;
        var globals = TemplateExpander.Globals(data, documentData);
        var release = ReleaseInfo.WorkingDraft(null);
        globals["release"] = new ScriptObject { ["label"] = release.Label, ["date"] = release.Date, ["commit"] = release.Commit };
        expander = new TemplateExpander(globals, Path.Combine(root, Paths.Templates, "partials"), root);

        files.Clear();
        foreach (var (template, kind) in FrontTemplates) files.Add((Path.Combine(root, Paths.Templates, template), kind));
        foreach (var file in manifest.Chapters) files.Add((Path.GetFullPath(Path.Combine(folder, file)), ChapterKind.Body));
        foreach (var file in manifest.Annexes) files.Add((Path.GetFullPath(Path.Combine(folder, file)), ChapterKind.Annex));
        var backCover = Path.Combine(root, Paths.Templates, PublicationLoader.BackCoverTemplate);
        if (File.Exists(backCover)) files.Add((backCover, ChapterKind.BackCover));

        chapters.Clear();
        expanded.Clear();
        var sources = new List<(SourceText Source, FrontMatter FrontMatter, ChapterKind Kind, string Text, SourceMap Map)>();
        Time(Expand, () =>
        {
            foreach (var (path, kind) in files)
            {
                var source = Read(path);
                var frontMatter = FrontMatter.Split(source);
                var (text, map) = expander.Expand(source, frontMatter.BodyStart);
                var actual = kind == ChapterKind.Body && !frontMatter.GetBool("numbered", true) ? ChapterKind.Front : kind;
                sources.Add((source, frontMatter, actual, text, map));
                expanded.Add(text);
            }
        });
        Time(Parse, () =>
        {
            foreach (var s in sources)
                chapters.Add(new Chapter { File = s.Source.File, Kind = s.Kind, Markdown = PublicationMarkdown.Parse(s.Text, manifest.Language), Map = s.Map, FrontMatter = s.FrontMatter });
        });
        Publication = Assemble(documentId);
        return Publication;
    }

    /// <summary>Every writer's files for the document, written at once, each step timed.</summary>
    public IReadOnlyList<string> Render(string outputDirectory, IReadOnlyCollection<string>? formats = null)
    {
        var output = new List<OutputFile>();
        foreach (var writer in writers.Where(w => formats is null || formats.Contains(w.Format)))
            Time(writer.Format == "html" ? Html : writer.Format == "docx" ? Docx : writer.Format, () => output.AddRange(writer.Write(Document, Publication).Select(Produced)));
        IReadOnlyList<string> written = [];
        Time(Write, () => written = AtomicOutput.WriteAll(outputDirectory, output));
        return written;
    }

    /// <summary>
    /// What a watch loop does when one chapter is saved: that chapter read, expanded and parsed again,
    /// the document renumbered and its references resolved, and the HTML page written. Returns the
    /// milliseconds from reading the file to the page on disk.
    /// </summary>
    public double RebuildChapter(string chapterPath, string outputDirectory)
    {
        stages.Clear();
        var watch = Stopwatch.StartNew();
        var index = files.FindIndex(f => f.Path == Path.GetFullPath(chapterPath));
        if (index < 0) throw new ArgumentException($"{chapterPath} is not a chapter of the document");
        SourceText source = null!;
        FrontMatter frontMatter = null!;
        var (text, map) = ("", (SourceMap)null!);
        Time(Expand, () =>
        {
            source = Read(chapterPath);
            frontMatter = FrontMatter.Split(source);
            (text, map) = expander.Expand(source, frontMatter.BodyStart);
        });
        var kind = files[index].Kind == ChapterKind.Body && !frontMatter.GetBool("numbered", true) ? ChapterKind.Front : files[index].Kind;
        Time(Parse, () => chapters[index] = new Chapter { File = source.File, Kind = kind, Markdown = PublicationMarkdown.Parse(text, manifest.Language), Map = map, FrontMatter = frontMatter });
        expanded[index] = text;
        // The bibliography annex is drawn anew from the citations of every chapter.
        foreach (var chapter in chapters)
        {
            foreach (var block in chapter.Markdown.OfType<BibliographyBlock>().ToList()) chapter.Markdown.Remove(block);
        }
        Publication = Assemble(Publication.Documents[0].Id);
        Render(outputDirectory, ["html"]);
        return watch.Elapsed.TotalMilliseconds;
    }

    public IReadOnlyList<Diagnostic> Problems => diagnostics.Items;

    /// <summary>A file a writer produces as it is written (the HTML page), produced here, so that its time is the writer's step.</summary>
    private static OutputFile Produced(OutputFile file)
    {
        _ = file.Content;
        return file;
    }

    private Publication Assemble(string documentId)
    {
        Numbering numbering = null!;
        IReadOnlyList<Work> cited = [];
        Time(Number, () => numbering = Numbering.Assign(chapters, diagnostics));
        Time(Resolve, () => cited = References.Resolve(chapters, numbering, bibliography, diagnostics, root));
        var document = new Document
        {
            Id = documentId,
            Folder = Paths.Relative(root, folder),
            Manifest = manifest,
            Chapters = chapters.ToList(),
            Numbering = numbering,
            CitedWorks = cited,
        };
        return new Publication { Root = root, Data = data, Bibliography = bibliography, Documents = [document], Release = ReleaseInfo.WorkingDraft(null) };
    }

    private void Time(string stage, Action step)
    {
        var watch = Stopwatch.StartNew();
        step();
        stages[stage] = stages.GetValueOrDefault(stage) + watch.Elapsed.TotalMilliseconds;
    }

    private SourceText Read(string path) => new(Paths.Relative(root, path), File.ReadAllText(path).Replace("\r\n", "\n"));
}
