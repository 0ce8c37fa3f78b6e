using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>An entry of the table of contents, with the bookmark its page number points to.</summary>
internal sealed record TocEntry(int Level, string? Number, string Title, string Bookmark);

/// <summary>
/// Everything one Word file shares across its chapters: parts, id counters, images and links already
/// added, sections, and the entries of the table of contents. Ids are handed out in the order things
/// are met, so that the same sources always give the same ids.
/// </summary>
internal sealed class DocxContext
{
    private readonly Dictionary<string, (string Id, ImageInfo Info)> images = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocxPicture> pictures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> links = new(StringComparer.Ordinal);
    private readonly List<(SectionSpec Spec, SectionProperties Properties)> sections = [];
    private int nextFootnoteId = 1;
    private uint nextDrawingId = 1;
    private int nextRevisionId = 1;
    private Comments? comments;

    public DocxContext(MainDocumentPart main, Body body, Footnotes footnotes, DocxReference reference, ListNumbering lists)
    {
        Main = main;
        Body = body;
        Footnotes = footnotes;
        Reference = reference;
        Lists = lists;
    }

    public MainDocumentPart Main { get; }
    public Body Body { get; }
    public Footnotes Footnotes { get; }
    public DocxReference Reference { get; }
    public PageSetup Page => Reference.Page;
    public ListNumbering Lists { get; }
    public Bookmarks Bookmarks { get; } = new();
    public HeadingNumbers HeadingNumbers { get; } = new();
    public List<TocEntry> Toc { get; } = [];

    /// <summary>Column widths of the document's tables, measured before the first is written.</summary>
    internal Tables.TableShapes Tables { get; set; } = Docx.Tables.TableShapes.None;

    /// <summary>The size table text is set in (Word's w:sz), which column widths are measured at.</summary>
    public int TableTextHalfPoints => Reference.Sheet.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
        new DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties { ParagraphStyleId = new DocumentFormat.OpenXml.Wordprocessing.ParagraphStyleId { Val = Styling.StyleIds.TableText } })).FontHalfPoints;
    public Paragraph? TocPlaceholder { get; set; }
    public string? HeaderId { get; set; }
    public string? FooterId { get; set; }

    /// <summary>Header and footer of landscape pages: their own right tab, at the wider text's edge.</summary>
    public string? LandscapeHeaderId { get; set; }
    public string? LandscapeFooterId { get; set; }

    public SectionSpec Section { get; private set; } = new(SectionKind.Cover);
    public IReadOnlyList<(SectionSpec Spec, SectionProperties Properties)> Sections => sections;

    /// <summary>The spec of the section with this index: one already closed, else the one open now.</summary>
    public SectionSpec SpecAt(int index) => index < sections.Count ? sections[index].Spec : Section;

    public long TextWidthEmu => Page.TextWidth(Section.Landscape) * PageSetup.EmuPerTwip;
    public long TextHeightEmu => Page.TextHeight(Section.Landscape) * PageSetup.EmuPerTwip;

    public int NextFootnoteId() => nextFootnoteId++;

    /// <summary>Who proposed the changes written from CriticMarkup in the sources.</summary>
    public string ProposalAuthor { get; init; } = "Redacción";

    public string NextRevisionId() => (nextRevisionId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A comment in the comments part (added on first use); returns its id.</summary>
    public string AddComment(string text)
    {
        if (comments is null)
        {
            comments = new Comments();
            Main.AddNewPart<WordprocessingCommentsPart>("rIdComments").Comments = comments;
        }
        var id = comments.ChildElements.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        comments.Append(new Comment(new Paragraph(
            new Run(new AnnotationReferenceMark()),
            new Run(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })))
        {
            Id = id,
            Author = ProposalAuthor,
            Initials = ProposalAuthor[..1],
        });
        return id;
    }

    public uint NextDrawingId() => nextDrawingId++;

    /// <summary>Each image file goes into the package once, however often it is shown.</summary>
    public (string Id, ImageInfo Info) Image(string fullPath, Func<SourceException> missing, Func<SourceException> unreadable)
    {
        if (images.TryGetValue(fullPath, out var known)) return known;
        if (!File.Exists(fullPath)) throw missing();
        var bytes = File.ReadAllBytes(fullPath);
        var info = ImageInfo.Read(bytes) ?? throw unreadable();
        var id = $"rIdImg{images.Count + 1}";
        var part = Main.AddImagePart(info.Format == ImageFormat.Png ? ImagePartType.Png : ImagePartType.Jpeg, id);
        using (var stream = new MemoryStream(bytes)) part.FeedData(stream);
        images[fullPath] = (id, info);
        return (id, info);
    }

    /// <summary>
    /// A picture made by the build (the EU emblem, a diagram drawn from its source): its PNG, and its SVG
    /// when there is one, go into the package once per key.
    /// </summary>
    public DocxPicture Picture(string key, Func<(byte[] Png, byte[]? Svg)> make)
    {
        if (pictures.TryGetValue(key, out var known)) return known;
        var (png, svg) = make();
        var info = ImageInfo.Read(png) ?? throw new InvalidOperationException($"{key}: not a PNG");
        var number = pictures.Count + 1;
        var pngId = $"rIdPic{number}";
        var pngPart = Main.AddImagePart(ImagePartType.Png, pngId);
        using (var stream = new MemoryStream(png)) pngPart.FeedData(stream);
        string? svgId = null;
        if (svg is not null)
        {
            svgId = $"rIdPic{number}Svg";
            var svgPart = Main.AddImagePart(ImagePartType.Svg, svgId);
            using var stream = new MemoryStream(svg);
            svgPart.FeedData(stream);
        }
        return pictures[key] = new DocxPicture(pngId, svgId, info);
    }

    public string Hyperlink(Uri target)
    {
        var key = target.OriginalString;
        if (links.TryGetValue(key, out var id)) return id;
        id = $"rIdLink{links.Count + 1}";
        Main.AddHyperlinkRelationship(target, true, id);
        links[key] = id;
        return id;
    }

    /// <summary>
    /// Ends the current section where the body now stands and opens <paramref name="next"/>. The
    /// section properties ride on the last paragraph when there is one, so no empty paragraph is added.
    /// </summary>
    public void BreakSection(SectionSpec next)
    {
        var properties = Section.Build(Page, Section.Landscape ? LandscapeHeaderId ?? HeaderId : HeaderId, Section.Landscape ? LandscapeFooterId ?? FooterId : FooterId);
        // A framed paragraph (the emblem at the cover's foot) cannot carry the break: LibreOffice would move its frame to the next page.
        if (Body.LastChild is Paragraph last && last.ParagraphProperties?.SectionProperties is null && last.ParagraphProperties?.FrameProperties is null)
        {
            last.ParagraphProperties ??= new ParagraphProperties();
            last.ParagraphProperties.SectionProperties = properties;
        }
        else
        {
            Body.Append(new Paragraph(new ParagraphProperties { SectionProperties = properties }));
        }
        sections.Add((Section, properties));
        Section = next;
    }

    /// <summary>The last section's properties close the body.</summary>
    public void FinishSections()
    {
        var properties = Section.Build(Page, Section.Landscape ? LandscapeHeaderId ?? HeaderId : HeaderId, Section.Landscape ? LandscapeFooterId ?? FooterId : FooterId);
        Body.Append(properties);
        sections.Add((Section, properties));
    }
}
