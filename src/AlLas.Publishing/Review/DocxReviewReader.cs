using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace AlLas.Publishing.Review;

/// <summary>
/// Reads every comment and revision a reviewer left in a docx, from any producer (Word, LibreOffice,
/// Google Docs, Pages, WPS), Transitional or Strict. It only reads: matching items to sources is the
/// import step's work, from the locations this reader gives.
/// </summary>
public static class DocxReviewReader
{
    public static ReviewExtract Read(string path)
    {
        DocxPackageGuard.Check(path);
        return Read(path, () => WordprocessingDocument.Open(path, false));
    }

    /// <summary>
    /// A docx held in a seekable stream (the release's draft built again in memory), checked and read
    /// as a file is; <paramref name="name"/> stands for the file in messages and in the extract.
    /// </summary>
    public static ReviewExtract Read(Stream docx, string name)
    {
        // The guard and the package both go back to the start: a stream read once would not do.
        if (!docx.CanSeek) throw new ArgumentException("el documento debe poderse leer desde cualquier posición (un flujo con Seek)", nameof(docx));
        DocxPackageGuard.Check(docx, name);
        docx.Position = 0;
        return Read(name, () => WordprocessingDocument.Open(docx, false));
    }

    private static ReviewExtract Read(string path, Func<WordprocessingDocument> open)
    {
        WordprocessingDocument document;
        try
        {
            document = open();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FileFormatException || FromPackaging(e))
        {
            throw new SourceException(path, "AL0410", $"{Path.GetFileName(path)} no se puede abrir como documento de Word ({e.Message})", e);
        }
        using (document)
        {
            try
            {
                return Read(path, document);
            }
            catch (Exception e) when (e is XmlException or InvalidDataException or OpenXmlPackageException || FromPackaging(e))
            {
                throw new SourceException(path, "AL0410", $"{Path.GetFileName(path)}: una parte del documento no se puede leer ({e.Message})", e);
            }
        }
    }

    /// <summary>
    /// System.IO.Packaging, under the SDK, reports a damaged package with exceptions of general types (a part
    /// without a content type "does not exist"); thrown from that library they are the file's damage, not ours.
    /// </summary>
    private static bool FromPackaging(Exception e) =>
        e is InvalidOperationException or ArgumentException or FormatException && e.Source == "System.IO.Packaging";

    private static ReviewExtract Read(string path, WordprocessingDocument document)
    {
        var main = document.MainDocumentPart
            ?? throw new SourceException($"{path}:word/document.xml", "AL0409", $"{Path.GetFileName(path)} no tiene la parte word/document.xml: no es un documento de Word");

        var anchors = new Dictionary<string, CommentAnchor>();
        var revisions = new List<ReviewRevision>();
        var paragraphs = new List<DocxParagraph>();
        foreach (var part in StoryParts(main))
        {
            // Block by block: a long draft never stands whole in memory.
            var walker = new StoryWalker(PartName(part), anchors);
            if (!WordElement.Stream(part, RootName(part), [WordNames.W, WordNames.WStrict], walker.Visit))
                throw new SourceException($"{path}:{PartName(part)}", "AL0410", $"{Path.GetFileName(path)}: la parte {PartName(part)} está vacía");
            revisions.AddRange(walker.Finish(paragraphs));
        }

        var comments = main.WordprocessingCommentsPart is { } commentsPart ? Comments(path, document, commentsPart, anchors) : [];
        return new ReviewExtract(path, comments, revisions)
        {
            Paragraphs = paragraphs,
            Properties = DocxFileProperties.Read(document, path),
        };
    }

    /// <summary>Document first, then headers and footers in name order, then footnotes and endnotes.</summary>
    private static IEnumerable<OpenXmlPart> StoryParts(MainDocumentPart main)
    {
        yield return main;
        var headersFooters = main.HeaderParts.Cast<OpenXmlPart>().Concat(main.FooterParts)
            .DistinctBy(p => p.Uri)
            .OrderBy(p => PartName(p).Length).ThenBy(p => PartName(p), StringComparer.Ordinal);
        foreach (var part in headersFooters) yield return part;
        if (main.FootnotesPart is { } footnotes) yield return footnotes;
        if (main.EndnotesPart is { } endnotes) yield return endnotes;
    }

    private static List<ReviewComment> Comments(string path, WordprocessingDocument document, WordprocessingCommentsPart part, Dictionary<string, CommentAnchor> anchors)
    {
        var raw = new List<RawComment>();
        var root = Root(part);
        if (root is null) return [];
        foreach (var element in root.ChildElements.Where(e => e.IsW("comment")))
        {
            raw.Add(new RawComment(
                raw.Count,
                element.WAttr("id") ?? raw.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                element.WAttr("author") ?? "",
                element.WAttr("initials"),
                WordNames.ParseDate(element.WAttr("date")),
                CommentThreads.ParaIdOf(element),
                CommentMarkdown.Of(element, part)));
        }

        var threads = CommentThreads.Read(path, document, raw, anchors);
        return raw.Select(c =>
        {
            var thread = threads[c.Id];
            var anchor = anchors.GetValueOrDefault(c.Id);
            return new ReviewComment(c.Id, thread.Parent, c.Author, c.Initials, thread.DateUtc ?? c.Date, thread.Resolved,
                c.Text, anchor?.Collected() ?? "", anchor?.Location) { AuthorId = thread.AuthorId };
        }).ToList();
    }

    /// <summary>A story part's root element, read without the SDK's typed DOM; null for a part with no element.</summary>
    private static WordElement? Root(OpenXmlPart part) => WordElement.Load(part, RootName(part), WordNames.W, WordNames.WStrict);

    private static string RootName(OpenXmlPart part) => part switch
        {
            MainDocumentPart => "document",
            HeaderPart => "hdr",
            FooterPart => "ftr",
            FootnotesPart => "footnotes",
            EndnotesPart => "endnotes",
            WordprocessingCommentsPart => "comments",
            _ => throw new ArgumentException($"parte no prevista: {part.Uri}", nameof(part)),
        };

    private static string PartName(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');
}
