using AlLas.Publishing.Markdown;
using Scriban.Runtime;

namespace AlLas.Publishing.Content;

/// <summary>
/// Reads content/ into the publication model: YAML data, chapters expanded through Scriban and parsed by
/// Markdig, numbered and with every reference resolved. Problems go to <see cref="Diagnostics"/>, so
/// that one run reports them all.
/// </summary>
public sealed class PublicationLoader(string root, Diagnostics diagnostics, ReleaseInfo release)
{
    private static readonly (string Template, ChapterKind Kind)[] FrontTemplates =
    [
        ("portada.md.sbn", ChapterKind.Cover),
        ("creditos.md.sbn", ChapterKind.Front),
        ("aviso-ue.md.sbn", ChapterKind.Front),
    ];

    public const string BackCoverTemplate = "contraportada.md.sbn";

    public Publication Load(IReadOnlyCollection<string>? documentIds = null)
    {
        var publicationFile = Path.Combine(root, Paths.PublicationFile);
        if (!File.Exists(publicationFile))
            throw new SourceException(Paths.PublicationFile, "AL0007", "no existe; es el archivo de datos de la publicación");
        var data = YamlData.Parse(Read(publicationFile)) as DataMap
            ?? throw new SourceException(SourceSpan.At(Paths.PublicationFile, 1, 1), "AL0007", "publication.yml debe ser un mapa de datos");

        var bibliographyFile = Path.Combine(root, Paths.Content, Bibliography.FileName);
        var bibliography = File.Exists(bibliographyFile) ? Bibliography.Read(Read(bibliographyFile), diagnostics) : Bibliography.Empty;

        var folders = Directory.GetDirectories(Path.Combine(root, Paths.Content))
            .Where(d => File.Exists(Path.Combine(d, Paths.ManifestName)))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
        if (documentIds is { Count: > 0 })
        {
            var known = folders.Select(Path.GetFileName).ToHashSet();
            foreach (var id in documentIds.Where(id => !known.Contains(id)))
                throw new SourceException(Paths.Content, "AL0008", $"no hay documento '{id}' (documentos: {string.Join(", ", known)})");
            folders = folders.Where(f => documentIds.Contains(Path.GetFileName(f)!)).ToList();
        }

        var documents = folders
            .Select(folder => diagnostics.Try(() => LoadDocument(folder, data, bibliography)))
            .OfType<Document>()
            .ToList();
        return new Publication { Root = root, Data = data, Bibliography = bibliography, Documents = documents, Release = release };
    }

    private Document LoadDocument(string folder, DataMap publicationData, Bibliography bibliography)
    {
        var id = Path.GetFileName(folder);
        var manifestSource = Read(Path.Combine(folder, Paths.ManifestName));
        var manifest = DocumentManifest.Read(manifestSource);

        var expander = ChapterExpander(root, publicationData, manifest, id, release);

        var chapters = new List<Chapter>();
        foreach (var (template, kind) in FrontTemplates)
        {
            var path = Path.Combine(root, Paths.Templates, template);
            if (File.Exists(path)) Add(chapters, () => LoadChapter(path, kind, expander, manifest.Language));
        }
        foreach (var file in manifest.Chapters) AddListed(chapters, folder, file, manifestSource, ChapterKind.Body, expander, manifest.Language);
        foreach (var file in manifest.Annexes) AddListed(chapters, folder, file, manifestSource, ChapterKind.Annex, expander, manifest.Language);
        var backCover = Path.Combine(root, Paths.Templates, BackCoverTemplate);
        if (File.Exists(backCover)) Add(chapters, () => LoadChapter(backCover, ChapterKind.BackCover, expander, manifest.Language));

        var numbering = Numbering.Assign(chapters, diagnostics);
        var cited = References.Resolve(chapters, numbering, bibliography, diagnostics, root);
        return new Document
        {
            Id = id,
            Folder = Paths.Relative(root, folder),
            Manifest = manifest,
            Chapters = chapters,
            Numbering = numbering,
            CitedWorks = cited,
        };
    }

    private void AddListed(List<Chapter> chapters, string folder, string file, SourceText manifest, ChapterKind kind, TemplateExpander expander, string language)
    {
        var path = Path.GetFullPath(Path.Combine(folder, file));
        var named = manifest.Point(Math.Max(0, manifest.Text.IndexOf(file, StringComparison.Ordinal)));
        if (SourceFiles.Problem(root, path, file) is { } problem)
        {
            diagnostics.Error(named, problem.Code, problem.Message);
            return;
        }
        if (!File.Exists(path))
        {
            diagnostics.Error(named, "AL0009", $"el capítulo '{file}' no existe");
            return;
        }
        Add(chapters, () => LoadChapter(path, kind, expander, language));
    }

    private void Add(List<Chapter> chapters, Func<Chapter> load)
    {
        if (diagnostics.Try(load) is { } chapter) chapters.Add(chapter);
    }

    private Chapter LoadChapter(string path, ChapterKind kind, TemplateExpander expander, string language) =>
        ParseChapter(Read(path), kind, expander, language, diagnostics);

    /// <summary>The expander of a document's chapters: publication.yml, the manifest and the release are its globals.</summary>
    internal static TemplateExpander ChapterExpander(string root, DataMap publicationData, DocumentManifest manifest, string documentId, ReleaseInfo release)
    {
        // Optional fields are present (null) so that templates can test them.
        var documentData = new Dictionary<string, object?> { ["subtitle"] = null, ["deliverable"] = null, ["due"] = null, ["pages"] = null };
        foreach (var (key, value) in manifest.Data) documentData[key] = value;
        documentData["id"] = documentId;
        var globals = TemplateExpander.Globals(publicationData, documentData);
        globals["release"] = new ScriptObject
        {
            ["label"] = release.Label,
            ["date"] = release.Date,
            ["date_text"] = SpanishDate.Long(release.Date),
            ["commit"] = release.Commit,
        };
        return new TemplateExpander(globals, Path.Combine(root, Paths.Templates, "partials"), root);
    }

    /// <summary>One chapter's source expanded and parsed; a numbered chapter or annex without a title is reported.</summary>
    internal static Chapter ParseChapter(SourceText source, ChapterKind kind, TemplateExpander expander, string language, Diagnostics diagnostics)
    {
        var frontMatter = FrontMatter.Split(source);
        if (kind == ChapterKind.Body && !frontMatter.GetBool("numbered", true)) kind = ChapterKind.Front;
        var (text, map) = expander.Expand(source, frontMatter.BodyStart);
        if (NestingLimit.DeepLine(text) is var deep and >= 0)
            throw new SourceException(map.ToSource(deep, deep), "AL0015", $"citas o listas anidadas a más de {NestingLimit.MaxDepth} niveles: simplifique la estructura");
        var chapter = new Chapter
        {
            File = source.File,
            Kind = kind,
            Markdown = ParseMarkdown(text, source, frontMatter.BodyStart, language),
            Map = map,
            FrontMatter = frontMatter,
        };
        if (NestingLimit.Find(chapter.Markdown) is { } found)
        {
            var (node, noteInNote) = found;
            var at = node is Markdig.Syntax.Block block ? chapter.SpanOf(block) : chapter.SpanOf((Markdig.Syntax.Inlines.Inline)node);
            throw noteInNote
                ? new SourceException(at, "AL0016", "una nota cita una nota (quizá a sí misma): una nota al pie no puede llevar notas")
                : new SourceException(at, "AL0015", $"texto anidado a más de {NestingLimit.MaxDepth} niveles (énfasis, citas o listas unos dentro de otros): simplifique la estructura");
        }
        if (kind is ChapterKind.Body or ChapterKind.Annex && chapter.TitleHeading is null)
            diagnostics.Error(source.Point(frontMatter.BodyStart), "AL0013", "el capítulo no tiene título: su primer bloque debe ser un encabezado '# Título'");
        return chapter;
    }

    /// <summary>Markdig's own depth limit, reached by nesting the line scan cannot see (emphasis opened thousands deep), named at the chapter.</summary>
    private static Markdig.Syntax.MarkdownDocument ParseMarkdown(string text, SourceText source, int bodyStart, string language)
    {
        try
        {
            return PublicationMarkdown.Parse(text, language);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new SourceException(source.Point(bodyStart), "AL0015",
                $"el capítulo anida énfasis, enlaces, citas o listas a más de {NestingLimit.MaxDepth} niveles en algún punto: simplifique la estructura", e);
        }
    }

    private SourceText Read(string path) => SourceFiles.Read(root, path);
}
