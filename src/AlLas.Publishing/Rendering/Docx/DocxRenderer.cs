using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering.Docx.Blocks;
using AlLas.Publishing.Rendering.Docx.Inlines;
using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;
using SourceSpan = AlLas.Publishing.Content.SourceSpan;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// Renders Markdig documents into the body of a Word document, one small object renderer per node
/// type, the way Markdig's own HTML renderer is built. Block renderers open paragraphs and tables
/// where the renderer stands (body, table cell, footnote); inline renderers append runs to the
/// paragraph or hyperlink currently open.
/// </summary>
public sealed class DocxRenderer : RendererBase
{
    private OpenXmlCompositeElement blockTarget;
    private BlockFrame frame = new(StyleIds.BodyText);
    private OpenXmlCompositeElement? inlineTarget;
    private RunFormat format;
    private Run? mergeRun;
    private RunFormat mergeFormat;

    internal DocxRenderer(DocxContext context, string language)
    {
        Context = context;
        Language = language;
        blockTarget = context.Body;

        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new QuoteBlockRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new FootnoteGroupRenderer());
        ObjectRenderers.Add(new CustomContainerRenderer());
        ObjectRenderers.Add(new FigureRenderer());
        ObjectRenderers.Add(new TableCaptionRenderer());
        ObjectRenderers.Add(new BibliographyRenderer());
        ObjectRenderers.Add(new HtmlBlockRenderer());

        ObjectRenderers.Add(new LiteralInlineRenderer());
        ObjectRenderers.Add(new EmphasisInlineRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new LinkInlineRenderer());
        ObjectRenderers.Add(new AutolinkInlineRenderer());
        ObjectRenderers.Add(new LineBreakInlineRenderer());
        ObjectRenderers.Add(new FootnoteLinkRenderer());
        ObjectRenderers.Add(new HtmlEntityInlineRenderer());
        ObjectRenderers.Add(new HtmlInlineRenderer());
        ObjectRenderers.Add(new SmartyPantRenderer());
        ObjectRenderers.Add(new CrossReferenceRenderer());
        ObjectRenderers.Add(new CitationRenderer());
        ObjectRenderers.Add(new PendingRenderer());
        ObjectRenderers.Add(new CriticMarkupRenderer());
    }

    internal DocxContext Context { get; }

    /// <summary>The document's language, for typographic quotes.</summary>
    public string Language { get; }

    /// <summary>The chapter being rendered: its kind decides heading styles and numbers.</summary>
    public DocxChapter? Chapter
    {
        get => chapter;
        internal set
        {
            chapter = value;
            frame = new BlockFrame(value?.Kind == DocxChapterKind.Cover ? StyleIds.CoverText : StyleIds.BodyText);
        }
    }

    private DocxChapter? chapter;

    public DocxChapterKind ChapterKind => Chapter?.Kind ?? DocxChapterKind.Numbered;

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return Context.Body;
    }

    /// <summary>Where a node came from, for error messages.</summary>
    public SourceSpan Locate(MarkdownObject node) =>
        Chapter?.Locate?.Invoke(node) ?? SourceSpan.At(Chapter?.SourceFile ?? "", node.Line + 1, node.Column + 1);

    internal BlockFrame Frame => frame;

    /// <summary>True when blocks go straight into the body, not into a cell or a note.</summary>
    public bool AtBodyLevel => ReferenceEquals(blockTarget, Context.Body);

    /// <summary>The last block written where the renderer stands.</summary>
    public DocumentFormat.OpenXml.OpenXmlElement? LastBlock => blockTarget.LastChild;

    /// <summary>
    /// Opens a paragraph in the current block target, styled for where the renderer stands unless
    /// <paramref name="style"/> says otherwise. Inline renderers write into it until it is closed.
    /// </summary>
    public Paragraph OpenParagraph(string? style = null)
    {
        var pPr = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style ?? frame.Style } };
        if (frame.InList && style is null)
        {
            if (frame.NumberPending)
            {
                pPr.NumberingProperties = new NumberingProperties(
                    new NumberingLevelReference { Val = frame.ListLevel },
                    new NumberingId { Val = frame.NumberingId!.Value });
                frame.NumberPending = false;
            }
            else
            {
                pPr.Indentation = new Indentation { Left = frame.ListTextIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }
        }
        if (frame.Justification is { } j) pPr.Justification = new Justification { Val = j };
        // Word puts no space under a table: the text after it would touch the table's closing rule.
        if (blockTarget.LastChild is Table && !IsHeading(pPr.ParagraphStyleId.Val!))
            pPr.SpacingBetweenLines = new SpacingBetweenLines { Before = SpaceAfterTable };
        var paragraph = new Paragraph(pPr);
        blockTarget.Append(paragraph);
        inlineTarget = paragraph;
        mergeRun = null;

        if (frame.FootnoteMarkPending)
        {
            frame.FootnoteMarkPending = false;
            paragraph.Append(
                new Run(new RunProperties { RunStyle = new RunStyle { Val = StyleIds.FootnoteReference } }, new FootnoteReferenceMark()),
                new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
        }
        return paragraph;
    }

    /// <summary>Space between a table and the text after it, in twips (10 pt).</summary>
    private const string SpaceAfterTable = "200";

    private static bool IsHeading(string style) =>
        style is StyleIds.Heading1 or StyleIds.Heading2 or StyleIds.Heading3 or StyleIds.Heading4 or StyleIds.AnnexHeading;

    public void CloseParagraph()
    {
        inlineTarget = null;
        mergeRun = null;
    }

    /// <summary>A block-level element (table, prepared paragraph) in the current block target.</summary>
    public void AppendBlock(OpenXmlElement element)
    {
        CloseParagraph();
        blockTarget.Append(element);
    }

    public RunProperties? CurrentRunProperties => format.ToRunProperties();

    /// <summary>Text in the current format; consecutive text in one format stays one run.</summary>
    public void WriteText(string text)
    {
        if (text.Length == 0) return;
        var target = RequireInlineTarget();
        if (mergeRun is not null && mergeFormat == format && ReferenceEquals(target.LastChild, mergeRun))
        {
            var t = mergeRun.GetFirstChild<Text>()!;
            t.Text += text;
            return;
        }
        mergeRun = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (format.ToRunProperties() is { } rPr) mergeRun.PrependChild(rPr);
        mergeFormat = format;
        target.Append(mergeRun);
    }

    /// <summary>Any run-level element (run, hyperlink, bookmark) in the open paragraph.</summary>
    public void AppendInline(OpenXmlElement element)
    {
        RequireInlineTarget().Append(element);
        mergeRun = null;
    }

    public void AppendInlines(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var e in elements) AppendInline(e);
    }

    /// <summary>A run in the current format holding <paramref name="content"/> (a break, a tab, a drawing).</summary>
    public Run NewRun(params OpenXmlElement[] content)
    {
        var run = new Run();
        if (format.ToRunProperties() is { } rPr) run.Append(rPr);
        run.Append(content);
        return run;
    }

    /// <summary>Applies <paramref name="change"/> to the run format while <paramref name="write"/> runs.</summary>
    public void WithFormat(Func<RunFormat, RunFormat> change, Action write)
    {
        var saved = format;
        format = change(format);
        try { write(); }
        finally { format = saved; }
    }

    /// <summary>Writes inlines into <paramref name="container"/> (a hyperlink) inside the open paragraph.</summary>
    public void WithinInline(OpenXmlCompositeElement container, Action write)
    {
        AppendInline(container);
        var saved = inlineTarget;
        inlineTarget = container;
        mergeRun = null;
        try { write(); }
        finally
        {
            inlineTarget = saved;
            mergeRun = null;
        }
    }

    /// <summary>
    /// Renders blocks into another target (a table cell, a footnote) and comes back to the open
    /// paragraph afterwards, as footnotes are written from the middle of one.
    /// </summary>
    internal void Within(OpenXmlCompositeElement target, BlockFrame blockFrame, Action write)
    {
        var (savedTarget, savedFrame, savedInline, savedFormat) = (blockTarget, frame, inlineTarget, format);
        blockTarget = target;
        frame = blockFrame;
        inlineTarget = null;
        mergeRun = null;
        format = default;
        try
        {
            write();
            // Word wants every cell and note to end with a paragraph.
            if (target.LastChild is not Paragraph) OpenParagraph();
        }
        finally
        {
            (blockTarget, frame, inlineTarget, format) = (savedTarget, savedFrame, savedInline, savedFormat);
            mergeRun = null;
        }
    }

    /// <summary>Renders with a different paragraph frame in the same block target (quotes, list items).</summary>
    internal void WithFrame(BlockFrame blockFrame, Action write)
    {
        var saved = frame;
        frame = blockFrame;
        try { write(); }
        finally { frame = saved; }
    }

    public void WriteInlines(LeafBlock leaf)
    {
        if (leaf.Inline is not null) WriteChildren(leaf.Inline);
    }

    /// <summary>An image path of the Markdown, resolved against the chapter's folder.</summary>
    public string ResolvePath(string url)
    {
        var path = Uri.UnescapeDataString(url);
        return Path.GetFullPath(Path.Combine(Chapter?.BaseDirectory ?? Environment.CurrentDirectory, path));
    }

    private OpenXmlCompositeElement RequireInlineTarget() => inlineTarget ?? OpenParagraph();
}
