using System.Security.Cryptography;
using SourceSpan = AlLas.Publishing.Content.SourceSpan;
using AlLas.Publishing.Releases;
using AlLas.Publishing.Review.Matrix;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// What a redline needs of its release, kept beside the release (.git/allas/versiones/cambios/) once a
/// redline has made it: the release's rendering (body and notes as the Word writer made them, where
/// each paragraph came from, its images and links) and the outline the matrix names comments by. The
/// next redline since that release then neither takes its sources out of git nor renders them.
/// A file counts only for the same release (document, label, date, commit), the same build of allas
/// and the same reference document; anything else, or anything unreadable, is made again.
/// </summary>
internal static class KeptRelease
{
    private const string Kind = "cambios";
    private const string Magic = "allas-cambios-versión 1";

    public static string Key(ReleaseBaseline baseline, string referencePath) =>
        string.Join('\n', Magic, baseline.Document, baseline.Label, baseline.Commit, baseline.Info.Label, baseline.Info.Date ?? "",
            baseline.Info.Commit ?? "", ReleaseCacheFile.BuildId, Fingerprint(referencePath));

    public static ReleaseRendering? Read(string root, ReleaseBaseline baseline, string key) =>
        ReleaseCacheFile.Read(root, Kind, baseline.Document, baseline.FileLabel, key, Decode);

    /// <summary>Keeps a release's rendering before any redline has touched it.</summary>
    public static void Write(string root, ReleaseBaseline baseline, string key, ReleaseRendering release)
    {
        // The body is written inside the root it was rendered in, whose namespace declarations it reads back with.
        if (release.Draft.Body.Parent is not Document) return;
        ReleaseCacheFile.Write(root, Kind, baseline.Document, baseline.FileLabel, key, writer => Encode(writer, release.Outline, release.Draft));
    }

    /// <summary>The reference document's SHA-256: the release is rendered with the one in the working tree.</summary>
    private static string Fingerprint(string path)
    {
        try { return File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : "sin referencia"; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return "ilegible " + Guid.NewGuid().ToString("N"); }
    }

    private static void Encode(BinaryWriter writer, ReleaseOutline outline, RenderedDraft draft)
    {
        writer.Write(outline.Title);
        writer.Write(outline.Chapters.Count);
        foreach (var chapter in outline.Chapters)
        {
            writer.Write(chapter.File);
            writer.Write(chapter.Name);
            writer.Write(chapter.Sections.Count);
            foreach (var section in chapter.Sections)
            {
                writer.Write(section.Line);
                writer.Write(section.Name);
            }
        }

        writer.Write(draft.Body.Parent!.OuterXml);
        writer.Write(draft.Footnotes.OuterXml);
        var blocks = Blocks(draft.Body, draft.Footnotes);
        writer.Write(blocks.Count);
        foreach (var block in blocks)
        {
            var origin = draft.OriginOf(block);
            writer.Write(origin is not null);
            if (origin is null) continue;
            writer.Write(origin.File);
            writer.Write(origin.Span.File);
            writer.Write(origin.Span.Line);
            writer.Write(origin.Span.Column);
            writer.Write(origin.Span.EndLine);
            writer.Write(origin.Span.EndColumn);
        }
        writer.Write(draft.Images.Count);
        foreach (var (id, image) in draft.Images)
        {
            writer.Write(id);
            writer.Write(image.ContentType);
            writer.Write(image.Bytes.Length);
            writer.Write(image.Bytes);
        }
        writer.Write(draft.Links.Count);
        foreach (var (id, uri) in draft.Links)
        {
            writer.Write(id);
            writer.Write(uri.OriginalString);
        }
        writer.Write(draft.NumberingIds.Count);
        foreach (var id in draft.NumberingIds) writer.Write(id);
    }

    private static ReleaseRendering Decode(BinaryReader reader)
    {
        var title = reader.ReadString();
        var chapters = new OutlineChapter[ReleaseCacheFile.Count(reader)];
        for (var c = 0; c < chapters.Length; c++)
        {
            var (file, name) = (reader.ReadString(), reader.ReadString());
            var sections = new OutlineSection[ReleaseCacheFile.Count(reader)];
            for (var s = 0; s < sections.Length; s++) sections[s] = new OutlineSection(reader.ReadInt32(), reader.ReadString());
            chapters[c] = new OutlineChapter(file, name, sections);
        }

        var body = new Document(reader.ReadString()).Body ?? throw new InvalidDataException("sin cuerpo");
        var footnotes = new Footnotes(reader.ReadString());
        // Walking the trees parses them: damage shows here, while the file can still be set aside.
        var blocks = Blocks(body, footnotes);
        if (ReleaseCacheFile.Count(reader) != blocks.Count) throw new InvalidDataException("los bloques no coinciden");
        var origins = new Dictionary<OpenXmlElement, Provenance>(ReferenceEqualityComparer.Instance);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        // One string per file, as the renderer shares them.
        string Shared(string file) => files.TryGetValue(file, out var known) ? known : files[file] = file;
        foreach (var block in blocks)
        {
            if (!reader.ReadBoolean()) continue;
            var file = Shared(reader.ReadString());
            var span = new SourceSpan(Shared(reader.ReadString()), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            origins[block] = new Provenance(file, span);
        }
        var images = new Dictionary<string, ImagePartData>(StringComparer.Ordinal);
        for (var n = ReleaseCacheFile.Count(reader); n > 0; n--)
        {
            var (id, type) = (reader.ReadString(), reader.ReadString());
            var length = ReleaseCacheFile.Count(reader);
            images[id] = new ImagePartData(type, reader.ReadBytes(length));
        }
        var links = new Dictionary<string, Uri>(StringComparer.Ordinal);
        for (var n = ReleaseCacheFile.Count(reader); n > 0; n--)
            links[reader.ReadString()] = new Uri(reader.ReadString(), UriKind.RelativeOrAbsolute);
        var numbering = new HashSet<int>();
        for (var n = ReleaseCacheFile.Count(reader); n > 0; n--) numbering.Add(reader.ReadInt32());
        return new ReleaseRendering(new ReleaseOutline(title, chapters), new RenderedDraft(body, footnotes, origins, images, links, numbering));
    }

    /// <summary>The paragraphs and tables of the rendering, notes included, in order: where they came from is kept by position.</summary>
    private static List<OpenXmlElement> Blocks(Body body, Footnotes footnotes) =>
        body.Descendants().Concat(footnotes.Descendants()).Where(e => e is Paragraph or Table).ToList();
}
