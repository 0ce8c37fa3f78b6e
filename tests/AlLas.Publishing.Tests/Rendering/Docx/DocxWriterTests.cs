using System.Xml.Linq;
using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Rendering.Docx.Package;
using AlLas.Publishing.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Tests.Rendering.Docx;

/// <summary>The Word file of the small fixture publication, read as a Word user would check it.</summary>
public sealed class DocxWriterTests
{
    private static byte[] Build(MiniPublication mini)
    {
        var publication = mini.Load();
        var files = new DocxDocumentWriter(mini.PathOf("templates")).Write(publication.Documents[0], publication);
        var file = Assert.Single(files);
        Assert.Equal("informe.docx", file.RelativePath);
        return file.Content;
    }

    [Fact]
    public void The_document_xml_of_a_small_publication_is_pinned()
    {
        using var mini = new MiniPublication();
        using var word = new WordFile(Build(mini));
        using var stream = word.Main.GetStream();
        Snapshot.Match(XDocument.Load(stream).ToString(), "xml");
    }

    [Fact]
    public void Cross_references_are_REF_fields_whose_cached_text_is_what_the_model_prints()
    {
        using var mini = new MiniPublication();
        using var word = new WordFile(Build(mini));

        var sentence = word.Paragraphs.Single(p => WordFile.Text(p).StartsWith("Véase", StringComparison.Ordinal));
        Assert.Equal("Véase figura 1 y tabla 1, y la «Presentación». Pendiente: datos de personal de cada oficina", WordFile.Text(sentence));
        Assert.Equal(
            [("REF fig_ciclo \\h", "1"), ("REF tbl_socios \\h", "1"), ("REF sec_presentacion \\h", "Presentación")],
            WordFile.Fields(sentence));
        var annex = word.Paragraphs.Single(p => WordFile.Text(p).StartsWith("Según", StringComparison.Ordinal));
        Assert.Equal("Según anexo A y (Duchacek, 1990).", WordFile.Text(annex));
        // An annex reads "anexo A" as in the HTML: a link, not the annex list's number ("Anexo A").
        Assert.Empty(WordFile.Fields(annex));
        var link = annex.Descendants<Hyperlink>().Single();
        Assert.Equal(("anx_bibliografia", "anexo A"), (link.Anchor!.Value, WordFile.Text(link)));

        // Every REF points at a bookmark of the document.
        var bookmarks = word.Body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        foreach (var code in word.FieldCodes().Where(c => c.StartsWith("REF ", StringComparison.Ordinal)))
            Assert.Contains(code.Split(' ')[1], bookmarks);
    }

    [Fact]
    public void Captions_are_numbered_by_SEQ_fields_figures_below_tables_above()
    {
        using var mini = new MiniPublication();
        using var word = new WordFile(Build(mini));

        var captions = word.WithStyle("Caption").ToList();
        Assert.Equal(["Figura 1. Ciclo de trabajo de una oficina", "Tabla 1. Socios de la prueba"], captions.Select(WordFile.Text));
        Assert.Equal([("SEQ Figura \\* ARABIC", "1")], WordFile.Fields(captions[0]));
        Assert.Equal([("SEQ Tabla \\* ARABIC", "1")], WordFile.Fields(captions[1]));

        var figure = captions[0].PreviousSibling<Paragraph>()!;
        Assert.Equal("Figura", figure.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("Ciclo de trabajo", figure.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single().Description!.Value);
        Assert.IsType<Table>(captions[1].NextSibling());
        Assert.NotNull(captions[1].ParagraphProperties!.KeepNext);
    }

    [Fact]
    public void Headings_take_their_numbers_from_the_lists_of_their_styles_and_fill_the_contents()
    {
        using var mini = new MiniPublication();
        using var word = new WordFile(Build(mini));

        var numbering = word.Main.NumberingDefinitionsPart!.Numbering!;
        string LevelText(string styleId, int level)
        {
            var style = word.Styles.Elements<Style>().Single(s => s.StyleId!.Value == styleId);
            var numId = style.StyleParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
            var abstractId = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId).AbstractNumId!.Val!.Value;
            var abstractNum = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId);
            return abstractNum.Elements<Level>().Single(l => l.LevelIndex!.Value == level).LevelText!.Val!.Value!;
        }
        Assert.Equal(["%1", "%1.%2", "%1.%2.%3", "%1.%2.%3.%4"],
            new[] { "Heading1", "Heading2", "Heading3", "Heading4" }.Select((s, i) => LevelText(s, i)));
        var headingList = word.Styles.Elements<Style>().Where(s => s.StyleId!.Value!.StartsWith("Heading"))
            .Select(s => s.StyleParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).Distinct();
        Assert.Single(headingList);
        Assert.Equal("Anexo %1", LevelText("Anexo", 0));

        // The unnumbered presentation switches its list off.
        var presentation = word.WithStyle("Heading1").First();
        Assert.Equal("Presentación", WordFile.Text(presentation));
        Assert.Equal(0, presentation.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);

        var toc = word.Paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "TOC1" or "TOC2" or "TOC3").ToList();
        Assert.Equal(["Presentación", "1\tLas oficinas", "1.1\tRecursos", "Anexo A. Bibliografía"],
            toc.Select(p => string.Concat(p.Descendants().Select(e => e switch { Text t => t.Text, TabChar => "\t", _ => "" })).Split('\t', 3) switch
            {
                [var n, var title, _] => n + "\t" + title,
                [var title, _] => title,
                var parts => string.Join("\t", parts),
            }));
        Assert.Equal("TOC \\o \"1-3\" \\h \\z \\u", word.FieldCodes().First());

        // Shown on opening without Word asking to update: no updateFields, no dirty field.
        var settings = word.Main.DocumentSettingsPart!.Settings!;
        Assert.Empty(settings.Elements<UpdateFieldsOnOpen>());
        Assert.DoesNotContain(word.Body.Descendants<FieldChar>(), f => f.Dirty?.Value == true);
    }

    [Fact]
    public void Every_page_after_the_cover_carries_the_projects_header_and_footer_with_page_numbers()
    {
        using var mini = new MiniPublication();
        using var word = new WordFile(Build(mini));

        // The document's short title at the left (its title when document.yml gives none), the tagline at the right.
        var headers = word.Main.HeaderParts.Select(h => h.Header!).ToList();
        Assert.Equal(2, headers.Count);
        Assert.All(headers, h => Assert.Equal("Informe de pruebaCiudades al mundo", WordFile.Text(h)));
        var footers = word.Main.FooterParts.Select(f => f.Footer!).ToList();
        Assert.Equal(2, footers.Count);
        Assert.All(footers, f => Assert.StartsWith("Proyecto financiado por la UE", WordFile.Text(f)));
        Assert.All(footers, f => Assert.Contains(("PAGE", "1"), WordFile.Fields(f)));

        var sections = word.Body.Descendants<SectionProperties>().ToList();
        Assert.Empty(sections[0].Elements<HeaderReference>());
        Assert.Empty(sections[0].Elements<FooterReference>());
        Assert.All(sections.Skip(1).SkipLast(1), s => Assert.Single(s.Elements<FooterReference>()));
        // The back cover: one page whose own first-page header and footer are none.
        Assert.NotNull(sections[^1].GetFirstChild<TitlePage>());
        var numbers = sections.Select(s => s.GetFirstChild<PageNumberType>()!).ToList();
        Assert.Equal(NumberFormatValues.LowerRoman, numbers[1].Format!.Value);
        Assert.Equal(1, numbers[1].Start!.Value);
        Assert.Equal(NumberFormatValues.Decimal, numbers[2].Format!.Value);
        Assert.Equal(1, numbers[2].Start!.Value);
        Assert.All(numbers.Skip(3), n => Assert.Null(n.Start));
        // The `::: horizontal` block sits alone on landscape pages.
        var orientations = sections.Select(s => s.GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape).ToList();
        Assert.Equal([false, false, false, true, false, false, false], orientations);
        // Landscape pages have a footer of their own, its right tab at their wider text's edge.
        var landscapeFooter = (FooterPart)word.Main.GetPartById(sections[3].GetFirstChild<FooterReference>()!.Id!.Value!);
        var stops = landscapeFooter.Footer!.Descendants<TabStop>().Where(t => t.Val!.Value == TabStopValues.Right).Select(t => t.Position!.Value);
        Assert.Equal([AlLas.Publishing.Rendering.Docx.PageSetup.A4.TextWidth(landscape: true)], stops);
    }

    [Fact]
    public void The_document_says_what_it_is_in_its_properties()
    {
        using var mini = new MiniPublication();
        using var word = new WordFile(Build(mini));

        var core = XDocument.Load(word.Package.CoreFilePropertiesPart!.GetStream());
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal("Informe de prueba", core.Root!.Element(dc + "title")!.Value);
        Assert.Equal("es-ES", core.Root.Element(dc + "language")!.Value);
        Assert.DoesNotContain(core.Descendants(), e => e.Name.LocalName is "created" or "modified");

        Assert.Equal("informe", DocxProperties.Read(word.Package, DocxProperties.DocumentIdName));
        Assert.Equal("borrador de trabajo", DocxProperties.Read(word.Package, DocxProperties.ReleaseName));
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", DocxProperties.Read(word.Package, DocxProperties.SourceCommitName));
    }

    [Fact]
    public void Every_style_speaks_Spanish()
    {
        using var mini = new MiniPublication();
        using var word = new WordFile(Build(mini));

        Assert.Equal("es-ES", word.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
        foreach (var style in word.Styles.Elements<Style>().Where(s => s.Type!.Value != StyleValues.Numbering))
            Assert.True(style.StyleRunProperties?.Languages?.Val?.Value == "es-ES" || style.StyleId!.Value == "TableNormal",
                $"style {style.StyleId} names no Spanish");
        string[] required = ["Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Heading4", "Anexo", "BodyText",
            "BlockText", "Caption", "FootnoteText", "FootnoteReference", "TOCHeading", "TOC1", "TOC2", "TOC3", "Hyperlink", "Pendiente", "TablaALLAs"];
        Assert.Empty(required.Except(word.Styles.Elements<Style>().Select(s => s.StyleId!.Value!)));
    }

    [Fact]
    public void Notes_citations_pending_work_and_the_bibliography_reach_the_page()
    {
        using var mini = new MiniPublication();
        using var word = new WordFile(Build(mini));

        var notes = word.Main.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0).ToList();
        Assert.Equal(" Protocolo, cooperación técnica y promoción.", WordFile.Text(Assert.Single(notes)));
        Assert.Single(word.Body.Descendants<FootnoteReference>());

        Assert.Contains(word.Paragraphs, p => WordFile.Text(p).EndsWith("(Zapata Garesché, 2007, p. 45).", StringComparison.Ordinal));
        var pending = word.Body.Descendants<Run>().Single(r => r.RunProperties?.RunStyle?.Val?.Value == "Pendiente");
        Assert.Equal("Pendiente: datos de personal de cada oficina", WordFile.Text(pending));
        Assert.Equal(2, word.WithStyle("Bibliography").Count());
    }

    [Fact]
    public void Table_header_rows_repeat_on_every_page()
    {
        using var mini = new MiniPublication();
        using var word = new WordFile(Build(mini));

        foreach (var table in word.Body.Descendants<Table>())
        {
            var header = table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>()!;
            Assert.Null(header.Val);
            Assert.Null(table.Elements<TableRow>().Skip(1).First().TableRowProperties!.GetFirstChild<TableHeader>());
        }
    }

    [Fact]
    public void CriticMarkup_in_the_sources_becomes_tracked_changes_and_comments()
    {
        using var mini = new MiniPublication();
        mini.Replace("content/informe/01-oficinas.md", "trabajan con prioridades",
            "trabajan {++siempre ++}con {--muy --}{~~prioridades~>agendas~~} {==distintas==}{>>¿Cuáles?<<}");
        var bytes = Build(mini);
        using var dir = RepoPaths.NewTempDir();
        var path = dir.File("informe.docx");
        File.WriteAllBytes(path, bytes);
        DocxValidation.AssertValid(path);

        using var word = new WordFile(bytes);
        Assert.Equal(["siempre ", "agendas"], word.Body.Descendants<InsertedRun>().Select(WordFile.Text));
        Assert.Equal(["muy ", "prioridades"], word.Body.Descendants<DeletedRun>().Select(r => string.Concat(r.Descendants<DeletedText>().Select(t => t.Text))));
        var comment = Assert.Single(word.Main.WordprocessingCommentsPart!.Comments!.Elements<Comment>());
        Assert.Equal("¿Cuáles?", WordFile.Text(comment));
        Assert.Equal("Redacción", comment.Author!.Value);

        var pandoc = Pandoc.Require();
        using var ast = pandoc.ReadDocx(path, TrackChanges.All);
        Assert.Equal(["siempre", "agendas"], Pandoc.Spans(ast, "insertion").Select(s => Pandoc.Stringify(s).Trim()));
        // pandoc joins neighbouring deletions of one author.
        Assert.Equal("muy prioridades", string.Join(" ", Pandoc.Spans(ast, "deletion").Select(s => Pandoc.Stringify(s).Trim())));
        Assert.Single(Pandoc.Spans(ast, "comment-start"));
    }
}
