using AlLas.Publishing.Rendering.Docx.Package;
using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// Writes a manuscript as a Word file: cover, preliminaries and table of contents, chapters, annexes,
/// with styles from the reference docx. The same manuscript and options always give the same bytes.
/// </summary>
public static class DocxWriter
{
    public static DocxResult Write(DocxManuscript manuscript, DocxOptions options, string path)
    {
        DocxResult? result = null;
        AtomicOutput.WriteFile(path, stream => result = WriteTo(stream, manuscript, options));
        return result! with { Path = Path.GetFullPath(path) };
    }

    /// <summary>A document of the publication, written to <paramref name="path"/> (atomically).</summary>
    public static DocxResult Write(AlLas.Publishing.Content.Document document, AlLas.Publishing.Content.Publication publication, DocxOptions options, string path) =>
        Write(PublicationManuscript.From(document, publication), options, path);

    /// <summary>The package bytes, for callers that write elsewhere (and tests).</summary>
    public static (byte[] Bytes, DocxResult Result) Build(DocxManuscript manuscript, DocxOptions options)
    {
        using var stream = new MemoryStream();
        var result = WriteTo(stream, manuscript, options);
        return (stream.ToArray(), result);
    }

    /// <summary>
    /// Writes the package into <paramref name="output"/>, left open. The main document part is written
    /// last, block by block, into the package as it is put together; everything else is built first.
    /// </summary>
    public static DocxResult WriteTo(Stream output, DocxManuscript manuscript, DocxOptions options)
    {
        var reference = options.Reference ?? DocxReference.Resolve(options.ReferenceDocx);
        using var body = new StreamedBody(streaming: options.Extension is null);
        using var package = new MemoryStream();
        DocxResult result;
        string mainPart;
        using (var doc = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: true))
        {
            (result, mainPart) = Compose(doc, body, manuscript, options, reference);
        }
        DeterministicPackage.Assemble(package.ToArray(), output, mainPart, body.WriteTo);
        return result;
    }

    private static (DocxResult, string MainPart) Compose(WordprocessingDocument doc, StreamedBody streamed, DocxManuscript manuscript, DocxOptions options, DocxReference reference)
    {
        // AddMainDocumentPart() would pick a random relationship id.
        var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
        var body = streamed.Body;

        reference.StylesPart.WriteTo(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"));
        var numberingPart = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings(manuscript.Language);
        reference.ThemePart?.WriteTo(main.AddNewPart<ThemePart>("rIdTheme"));
        reference.FontsPart?.WriteTo(main.AddNewPart<FontTablePart>("rIdFonts"));
        var footnotes = new Footnotes(
            SeparatorNote(-1, FootnoteEndnoteValues.Separator, new SeparatorMark()),
            SeparatorNote(0, FootnoteEndnoteValues.ContinuationSeparator, new ContinuationSeparatorMark()));
        main.AddNewPart<FootnotesPart>("rIdFootnotes").Footnotes = footnotes;

        var context = new DocxContext(main, body, footnotes, reference, new ListNumbering(reference.NumberingPart))
        {
            ProposalAuthor = options.ProposalAuthor,
        };
        context.Tables = Tables.TableShapes.Of(
            new[] { manuscript.Cover }.Concat(manuscript.Preliminaries).Concat(manuscript.Chapters).OfType<DocxChapter>().Select(c => c.Markdown),
            context.TableTextHalfPoints);
        streamed.Start(new PageEstimator(reference.Sheet, reference.Page, footnotes, context.SpecAt));
        AddHeaderAndFooter(main, context, manuscript);

        var renderer = new DocxRenderer(context, manuscript.Language);
        options.Extension?.Attach(renderer);
        if (manuscript.Cover is { } cover) RenderChapter(renderer, cover);
        else WriteCover(body, manuscript);

        var hasFront = manuscript.Preliminaries.Count > 0 || manuscript.ContentsTitle is not null;
        if (hasFront)
        {
            context.BreakSection(new SectionSpec(SectionKind.Front, RestartNumbering: true));
            foreach (var chapter in manuscript.Preliminaries) RenderChapter(renderer, chapter);
            if (manuscript.ContentsTitle is not null)
            {
                body.Append(new Paragraph(
                    new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.TocHeading } },
                    DocxFields.TextRun(manuscript.ContentsTitle, null)));
                context.TocPlaceholder = new Paragraph();
                body.Append(context.TocPlaceholder);
                streamed.Hold(context.TocPlaceholder);
            }
        }
        context.BreakSection(new SectionSpec(SectionKind.Body, RestartNumbering: true));

        foreach (var chapter in manuscript.Chapters)
        {
            if (chapter.Kind == DocxChapterKind.Annex && context.Section.Kind != SectionKind.Annex)
            {
                context.BreakSection(new SectionSpec(SectionKind.Annex));
            }
            RenderChapter(renderer, chapter);
            streamed.Flush();
        }
        if (manuscript.BackCover is { } backCover)
        {
            context.BreakSection(new SectionSpec(SectionKind.Cover));
            RenderChapter(renderer, backCover);
        }
        context.FinishSections();
        if (manuscript.BackCover is not null) ClearHeaderAndFooter(context.Sections[^1].Properties);

        var estimate = streamed.Finish();
        if (context.TocPlaceholder is not null) TableOfContents.Fill(context.TocPlaceholder, context.Toc, WithLaidOut(estimate.BookmarkPages, options.ContentsPages));
        context.Lists.WriteTo(numberingPart);
        options.Extension?.Complete(renderer);

        DocxProperties.Add(doc, manuscript.Title, manuscript.Subtitle, manuscript.Language, options);

        int Pages(Func<SectionKind, bool> which) => context.Sections
            .Select((s, i) => which(s.Spec.Kind) ? estimate.PagesPerSection.ElementAtOrDefault(i) : 0).Sum();
        var result = new DocxResult("", Pages(k => k == SectionKind.Body), Pages(k => k == SectionKind.Annex), Pages(_ => true));
        return (result, main.Uri.OriginalString.TrimStart('/'));
    }

    private static IReadOnlyDictionary<string, string> WithLaidOut(IReadOnlyDictionary<string, string> estimated, IReadOnlyDictionary<string, string>? laidOut)
    {
        if (laidOut is null) return estimated;
        var pages = new Dictionary<string, string>(estimated, StringComparer.Ordinal);
        foreach (var (bookmark, page) in laidOut) pages[bookmark] = page;
        return pages;
    }

    private static void RenderChapter(DocxRenderer renderer, DocxChapter chapter)
    {
        renderer.Chapter = chapter;
        renderer.Render(chapter.Markdown);
        renderer.CloseParagraph();
        renderer.Chapter = null;
    }

    private static void WriteCover(Body body, DocxManuscript manuscript)
    {
        Paragraph Line(string style, string text) => new(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } },
            DocxFields.TextRun(text, null));

        body.Append(Line(StyleIds.Title, manuscript.Title));
        if (manuscript.Subtitle is { Length: > 0 } subtitle) body.Append(Line(StyleIds.Subtitle, subtitle));
    }

    private static void AddHeaderAndFooter(MainDocumentPart main, DocxContext context, DocxManuscript manuscript)
    {
        if (manuscript.HeaderText is { Length: > 0 } || manuscript.HeaderRightText is { Length: > 0 })
        {
            main.AddNewPart<HeaderPart>("rIdHeader1").Header = new Header(HeaderLine(manuscript, context.Page, landscape: false));
            main.AddNewPart<HeaderPart>("rIdHeader2").Header = new Header(HeaderLine(manuscript, context.Page, landscape: true));
            context.HeaderId = "rIdHeader1";
            context.LandscapeHeaderId = "rIdHeader2";
        }
        main.AddNewPart<FooterPart>("rIdFooter1").Footer = new Footer(FooterLine(manuscript, context.Page, landscape: false));
        main.AddNewPart<FooterPart>("rIdFooter2").Footer = new Footer(FooterLine(manuscript, context.Page, landscape: true));
        context.FooterId = "rIdFooter1";
        context.LandscapeFooterId = "rIdFooter2";
    }

    private static Paragraph HeaderLine(DocxManuscript manuscript, PageSetup page, bool landscape)
    {
        var line = new Paragraph(EdgeToEdge(StyleIds.Header, page, landscape));
        if (manuscript.HeaderText is { Length: > 0 } left) line.Append(DocxFields.TextRun(left, null));
        if (manuscript.HeaderRightText is { Length: > 0 } right)
        {
            line.Append(RightMarginTab());
            line.Append(DocxFields.TextRun(right, null));
        }
        return line;
    }

    private static Paragraph FooterLine(DocxManuscript manuscript, PageSetup page, bool landscape)
    {
        var line = new Paragraph(EdgeToEdge(StyleIds.Footer, page, landscape));
        if (manuscript.FooterText is { Length: > 0 } footerText) line.Append(DocxFields.TextRun(footerText, null));
        line.Append(RightMarginTab());
        line.Append(DocxFields.Page(null));
        return line;
    }

    /// <summary>
    /// A right tab at the text's right edge of the page: LibreOffice reads the absolute tab as a plain
    /// one, which the style's stop (made for portrait pages) would leave mid-line on a landscape page.
    /// </summary>
    private static ParagraphProperties EdgeToEdge(string style, PageSetup page, bool landscape)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        if (landscape)
        {
            properties.Tabs = new Tabs(
                new TabStop { Val = TabStopValues.Clear, Position = page.TextWidth(landscape: false) },
                new TabStop { Val = TabStopValues.Right, Position = page.TextWidth(landscape: true) });
        }
        return properties;
    }

    /// <summary>An absolute tab to the right margin: it holds on landscape pages, unlike the style's tab stops.</summary>
    private static Run RightMarginTab() => new(new PositionalTab
    {
        Alignment = AbsolutePositionTabAlignmentValues.Right,
        RelativeTo = AbsolutePositionTabPositioningBaseValues.Margin,
        Leader = AbsolutePositionTabLeaderCharValues.None,
    });
    /// <summary>
    /// A section without header or footer references takes the previous section's. The back cover, one
    /// page, is a section whose first page has its own (none defined: blank), as Word's "different first
    /// page" does; empty header parts would be renamed by LibreOffice on saving and read back as edits.
    /// </summary>
    private static void ClearHeaderAndFooter(SectionProperties section) =>
        section.InsertBefore(new TitlePage(), section.GetFirstChild<DocGrid>());

    private static Footnote SeparatorNote(int id, FootnoteEndnoteValues type, OpenXmlElement mark) => new(
        new Paragraph(
            new ParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto } },
            new Run(mark)))
    {
        Type = type,
        Id = id,
    };

    private static Settings Settings(string language) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 708 },
        // Justified Spanish text without hyphenation sets loose lines; Word and LibreOffice hyphenate by the runs' language.
        new AutoHyphenation(),
        new ConsecutiveHyphenLimit { Val = 2 },
        new HyphenationZone { Val = "425" },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = language },
        new DecimalSymbol { Val = "," },
        new ListSeparator { Val = ";" });
}
