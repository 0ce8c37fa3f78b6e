using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Tests.Support;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace AlLas.Publishing.Tests.Content;

public class PublicationLoaderTests
{
    [Fact]
    public void Chapters_come_in_reading_order_with_numbers_and_letters()
    {
        using var mini = new MiniPublication();
        var document = Assert.Single(mini.Load().Documents);

        Assert.Equal("informe", document.Id);
        Assert.Equal(
            ["templates/portada.md.sbn", "templates/creditos.md.sbn", "templates/aviso-ue.md.sbn",
             "content/informe/00-presentacion.md", "content/informe/01-oficinas.md", "content/informe/anexo-a-bibliografia.md",
             "templates/contraportada.md.sbn"],
            document.Chapters.Select(c => c.File));
        Assert.Equal([null, "1", "A"], document.Contents.Select(c => c.Number));
        var section = document.Chapters[4].Markdown.Descendants<HeadingBlock>().Single(h => h.Level == 2);
        Assert.Equal("1.1", document.Numbering.HeadingNumber(section));
    }

    [Fact]
    public void Cross_references_read_as_the_numbered_thing_they_point_to()
    {
        using var mini = new MiniPublication();
        var document = mini.Load().Documents[0];
        var texts = document.Chapters.SelectMany(c => c.Markdown.Descendants<CrossReferenceInline>())
            .Select(r => r.Target!.DisplayText).ToList();

        Assert.Equal(["figura 1", "tabla 1", "«Presentación»", "anexo A"], texts);
    }

    [Fact]
    public void Citations_are_author_date_and_cited_works_fill_the_bibliography_annex()
    {
        using var mini = new MiniPublication();
        var document = mini.Load().Documents[0];
        var citations = document.Chapters.SelectMany(c => c.Markdown.Descendants<CitationInline>()).Select(c => c.Text).ToList();

        Assert.Equal(["(Zapata Garesché, 2007, p. 45)", "(Duchacek, 1990)"], citations);
        var annex = document.Annexes.Single();
        var references = annex.Markdown.Descendants<BibliographyBlock>().Single().Select(b => PlainText.Of(((LeafBlock)b).Inline)).ToList();
        Assert.Equal(2, references.Count);
        Assert.StartsWith("Duchacek, I. D. (1990). Perforated sovereignties. En H. J. Michelmann y P. Soldatos (eds.)", references[0]);
        Assert.StartsWith("Zapata Garesché, E. D. (2007). Manual práctico", references[1]);
    }

    [Fact]
    public void Every_block_knows_its_source_line_also_through_a_template_loop()
    {
        using var mini = new MiniPublication();
        var chapter = mini.Load().Documents[0].Chapters.Single(c => c.File.EndsWith("01-oficinas.md"));
        var lines = File.ReadAllLines(mini.PathOf(chapter.File));

        var footnote = chapter.Markdown.Descendants<Footnote>().Single();
        var footnoteSpan = chapter.SpanOf(footnote);
        Assert.StartsWith("[^prioridades]:", lines[footnoteSpan.Line - 1]);

        var pending = chapter.Markdown.Descendants<PendingInline>().Single();
        var pendingSpan = chapter.SpanOf(pending);
        Assert.Equal("[PENDIENTE:", lines[pendingSpan.Line - 1].Substring(pendingSpan.Column - 1, 11));

        var table = chapter.Markdown.Descendants<Markdig.Extensions.Tables.Table>().First();
        var lima = table.Descendants<Markdig.Syntax.Inlines.LiteralInline>().First(l => l.Content.ToString() == "Lima");
        var limaSpan = chapter.SpanOf(lima);
        Assert.StartsWith("{{ for p in publication.partners }}", lines[limaSpan.Line - 1]);
    }

    [Fact]
    public void Figures_find_their_image_and_keep_the_alt_text()
    {
        using var mini = new MiniPublication();
        var figure = mini.Load().Documents[0].Chapters.SelectMany(c => c.Markdown.Descendants<FigureBlock>()).Single();

        Assert.Equal("Ciclo de trabajo", figure.AltText);
        Assert.Equal("Figura 1", figure.Target!.CaptionPrefix);
        Assert.True(File.Exists(figure.ImagePath));
    }

    [Fact]
    public void Every_problem_of_a_run_is_reported_with_file_line_and_column()
    {
        using var mini = new MiniPublication();
        mini.Replace("content/informe/01-oficinas.md", "Véase @fig-ciclo", "Véase @fig-ciclos");
        mini.Replace("content/informe/01-oficinas.md", "[@duchacek1990]", "[@duchacek1991]");
        var diagnostics = new Diagnostics();
        new PublicationLoader(mini.Root, diagnostics, ReleaseInfo.WorkingDraft(null)).Load();

        Assert.Equal(
            ["content/informe/01-oficinas.md(12,7): error AL0020: referencia cruzada desconocida '@fig-ciclos'",
             "content/informe/01-oficinas.md(29,27): error AL0012: cita desconocida 'duchacek1991': no está en content/bibliografia.yml"],
            diagnostics.Items.Select(d => d.ToString()));
    }
}
