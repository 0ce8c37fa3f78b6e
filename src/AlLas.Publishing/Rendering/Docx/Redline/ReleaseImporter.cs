using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Blip = DocumentFormat.OpenXml.Drawing.Blip;
using DocProperties = DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// Brings text of the release into the current draft's package, where it shows as deleted or
/// moved: its images and links get relationships of this package, its notes are copied under new
/// ids, list numbers that this package does not define are dropped, and its bookmarks and comment
/// anchors stay behind (they belong to the release's file).
/// </summary>
internal sealed class ReleaseImporter(RenderedDraft release, MainDocumentPart main, Footnotes notes, HashSet<int> numberingIds)
{
    private readonly Dictionary<string, string> images = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> copiedNotes = new(StringComparer.Ordinal);
    private long nextNote = notes.Elements<Footnote>().Select(f => f.Id?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
    private uint nextDrawing = 100_000;

    /// <summary>An empty paragraph formatted as the release's one, without its section break.</summary>
    public Paragraph EmptyParagraph(Paragraph released)
    {
        var paragraph = new Paragraph();
        if (released.ParagraphProperties?.CloneNode(true) is ParagraphProperties pPr)
        {
            pPr.SectionProperties?.Remove();
            pPr.ParagraphMarkRunProperties?.RemoveAllChildren<Inserted>();
            pPr.ParagraphMarkRunProperties?.RemoveAllChildren<Deleted>();
            if (pPr.NumberingProperties?.NumberingId?.Val?.Value is int numId && numId != 0 && !numberingIds.Contains(numId))
                pPr.NumberingProperties.Remove();
            paragraph.ParagraphProperties = pPr;
        }
        return paragraph;
    }

    /// <summary>Runs of the release made to point at this package's notes and images.</summary>
    public Run Adopt(Run run)
    {
        foreach (var reference in run.Descendants<FootnoteReference>())
            reference.Id = Note(reference.Id?.Value.ToString(CultureInfo.InvariantCulture));
        foreach (var blip in run.Descendants<Blip>())
            if (blip.Embed?.Value is { } embed) blip.Embed = Image(embed);
        foreach (var properties in run.Descendants<DocProperties>())
            properties.Id = nextDrawing++;
        return run;
    }

    public Hyperlink Adopt(Hyperlink link)
    {
        if (link.Id?.Value is { } id && release.Links.TryGetValue(id, out var uri))
        {
            if (!links.TryGetValue(uri.OriginalString, out var newId))
            {
                newId = "rIdRedlineLink" + (links.Count + 1).ToString(CultureInfo.InvariantCulture);
                main.AddHyperlinkRelationship(uri, true, newId);
                links[uri.OriginalString] = newId;
            }
            link.Id = newId;
        }
        return link;
    }

    public Table EmptyTable(Table released)
    {
        var table = (Table)released.CloneNode(true);
        table.RemoveAllChildren<TableRow>();
        return table;
    }

    public TableRow EmptyRow(TableRow released)
    {
        var row = (TableRow)released.CloneNode(true);
        foreach (var cell in row.Elements<TableCell>())
            foreach (var block in cell.ChildElements.Where(c => c is Paragraph or Table).ToList()) block.Remove();
        return row;
    }

    /// <summary>The release's note, copied once into this package's notes.</summary>
    private long Note(string? releasedId)
    {
        if (releasedId is null) return 0;
        if (copiedNotes.TryGetValue(releasedId, out var known)) return known;
        var id = nextNote++;
        copiedNotes[releasedId] = id;
        if (release.Note(releasedId)?.CloneNode(true) is Footnote copy)
        {
            copy.Id = id;
            foreach (var marker in copy.Descendants().Where(e => e is BookmarkStart or BookmarkEnd or CommentRangeStart or CommentRangeEnd).ToList()) marker.Remove();
            foreach (var reference in copy.Descendants<CommentReference>().ToList()) reference.Parent?.Remove();
            foreach (var run in copy.Descendants<Run>().ToList()) Adopt(run);
            notes.Append(copy);
        }
        return id;
    }

    private string Image(string releasedId)
    {
        if (images.TryGetValue(releasedId, out var known)) return known;
        if (!release.Images.TryGetValue(releasedId, out var data)) return releasedId;
        var id = "rIdRedlineImg" + (images.Count + 1).ToString(CultureInfo.InvariantCulture);
        var part = main.AddImagePart(data.ContentType, id);
        using (var stream = new MemoryStream(data.Bytes)) part.FeedData(stream);
        images[releasedId] = id;
        return id;
    }
}
