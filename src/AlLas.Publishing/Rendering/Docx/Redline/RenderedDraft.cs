using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// One rendering of a document kept in memory: its body and footnotes as the Word writer made them,
/// where each paragraph came from, and the images and links its relationships point to (the
/// package itself is gone once the writer has finished with it).
/// </summary>
internal sealed class RenderedDraft
{
    public RenderedDraft(Body body, Footnotes footnotes, Dictionary<OpenXmlElement, Provenance> origins,
        Dictionary<string, ImagePartData> images, Dictionary<string, Uri> links, HashSet<int> numberingIds)
    {
        Body = body;
        Footnotes = footnotes;
        Origins = origins;
        Images = images;
        Links = links;
        NumberingIds = numberingIds;
    }

    public Body Body { get; }

    public Footnotes Footnotes { get; }

    public Dictionary<OpenXmlElement, Provenance> Origins { get; }

    public Dictionary<string, ImagePartData> Images { get; }

    public Dictionary<string, Uri> Links { get; }

    public HashSet<int> NumberingIds { get; }

    /// <summary>A note of this rendering by its id (as the reference in the text gives it).</summary>
    public Footnote? Note(string? id)
    {
        if (id is null) return null;
        notes ??= Footnotes.Elements<Footnote>().Where(f => f.Id is not null)
            .GroupBy(f => f.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // Notes copied in from the release later are not in the index; they are looked for one by one.
        return notes.TryGetValue(id, out var note) && ReferenceEquals(note.Parent, Footnotes) && note.Id?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == id
            ? note
            : Footnotes.Elements<Footnote>().FirstOrDefault(f => f.Id?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == id);
    }

    private Dictionary<string, Footnote>? notes;

    /// <summary>The paragraphs' tokens when they were cut ahead (<see cref="Tokenize"/>); the redline cuts the others as it needs them.</summary>
    public Dictionary<Paragraph, List<Token>> Tokens { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Cuts every paragraph of the body into tokens now: the release's are cut while the current draft
    /// renders; the current draft's, once rendered, on every core (each paragraph is cut on its own).
    /// </summary>
    public void Tokenize(bool everyCore = false)
    {
        var paragraphs = Body.Descendants<Paragraph>().ToList();
        var tokens = new List<Token>[paragraphs.Count];
        if (everyCore)
        {
            Parallel.For(0, paragraphs.Count, () => new TokenizerScratch(), (i, _, scratch) =>
            {
                tokens[i] = Tokenizer.Of(paragraphs[i], scratch);
                return scratch;
            }, _ => { });
        }
        else
        {
            var scratch = new TokenizerScratch();
            for (var i = 0; i < paragraphs.Count; i++) tokens[i] = Tokenizer.Of(paragraphs[i], scratch);
        }
        Tokens.EnsureCapacity(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++) Tokens[paragraphs[i]] = tokens[i];
    }

    public Provenance? OriginOf(OpenXmlElement element) => Origins.GetValueOrDefault(element);

    public static RenderedDraft Capture(DocxRenderer renderer, BlockRecorder recorder)
    {
        var context = renderer.Context;
        var main = context.Main;
        var images = new Dictionary<string, ImagePartData>(StringComparer.Ordinal);
        foreach (var pair in main.Parts)
        {
            if (pair.OpenXmlPart is not ImagePart image) continue;
            using var stream = image.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            images[pair.RelationshipId] = new ImagePartData(image.ContentType, copy.ToArray());
        }
        var links = main.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri, StringComparer.Ordinal);
        var numbering = main.NumberingDefinitionsPart?.Numbering?.Elements<NumberingInstance>()
            .Select(n => n.NumberID?.Value ?? 0).ToHashSet() ?? [];
        return new RenderedDraft(context.Body, context.Footnotes, recorder.Origins, images, links, numbering);
    }
}

internal sealed record ImagePartData(string ContentType, byte[] Bytes);

/// <summary>The release as a redline needs it: its rendering, and its outline for the matrix.</summary>
internal sealed record ReleaseRendering(Review.Matrix.ReleaseOutline Outline, RenderedDraft Draft);
