using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Tests.Support;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace AlLas.Publishing.Tests.RealContent;

/// <summary>The publication in content/ as a reader of the drafts would check it.</summary>
public class PublicationStructureTests
{
    private static readonly Lazy<(AlLas.Publishing.Content.Publication Publication, Diagnostics Diagnostics)> Loaded = new(() =>
    {
        var diagnostics = new Diagnostics();
        var publication = new PublicationLoader(RepoPaths.Root, diagnostics, ReleaseInfo.WorkingDraft(null)).Load();
        return (publication, diagnostics);
    });

    private static AlLas.Publishing.Content.Publication Publication => Loaded.Value.Publication;

    private static Document Doc(string id) => Publication.Documents.Single(d => d.Id == id);

    private static IReadOnlyList<string> Titles(IEnumerable<Chapter> chapters) => chapters.Select(c => c.Title).ToList();

    [Fact]
    public void Both_documents_load_without_errors_or_warnings()
    {
        Assert.Equal(["cuaderno-2", "resumen-ejecutivo"], Publication.Documents.Select(d => d.Id));
        Assert.Empty(Loaded.Value.Diagnostics.Items);
    }

    [Fact]
    public void The_executive_summary_follows_the_terms_of_reference()
    {
        var summary = Doc("resumen-ejecutivo");
        Assert.Equal(3, summary.Manifest.Deliverable);
        Assert.Equal(["Presentación"], Titles(summary.FrontMatter.Where(c => !c.IsTemplate)));
        Assert.Equal(
            ["El taller", "Funcionamiento administrativo de las oficinas", "Actividades internacionales de las ciudades",
             "Comunicación y visibilidad de la acción internacional", "Conclusiones preliminares", "Recomendaciones preliminares"],
            Titles(summary.Body));
        Assert.Equal(["Programa del taller", "Participantes", "Nota sobre el método", "Bibliografía"], Titles(summary.Annexes));
    }

    [Fact]
    public void The_base_document_has_one_chapter_per_axis_and_the_annexes_asked_for()
    {
        var baseDocument = Doc("cuaderno-2");
        Assert.Equal(5, baseDocument.Manifest.Deliverable);
        var body = Titles(baseDocument.Body);
        Assert.Equal(8, body.Count);
        Assert.Equal("Introducción", body[0]);
        Assert.StartsWith("Eje A.", body[3]);
        Assert.StartsWith("Eje B.", body[4]);
        Assert.StartsWith("Eje C.", body[5]);
        Assert.Equal(["Cuestionario de diagnóstico", "Fichas de los socios", "Siglas y acrónimos", "Bibliografía"], Titles(baseDocument.Annexes));
        Assert.Equal(["A", "B", "C", "D"], baseDocument.Annexes.Select(a => a.Number));
    }

    [Fact]
    public void Data_driven_tables_list_exactly_the_partners_and_workshops_of_publication_yml()
    {
        var partners = ((List<object?>)Publication.Data["partners"]!).Cast<DataMap>().Select(p => p.GetString("name")!).ToList();
        var workshops = ((List<object?>)Publication.Data["workshops"]!).Cast<DataMap>().Select(w => w.GetString("city")!).ToList();
        Assert.Equal(8, partners.Count);
        Assert.Equal(7, workshops.Count);

        foreach (var document in Publication.Documents)
        {
            var socios = CaptionedTable(document, "tbl-socios");
            Assert.Equal(partners, FirstColumn(socios).Select(c => c.Split(" (por medio")[0]));
            var talleres = CaptionedTable(document, "tbl-talleres");
            Assert.Equal(workshops.Count, talleres.Count(r => !((TableRow)r).IsHeader));
            Assert.All(workshops, city => Assert.Contains(RowTexts(talleres), row => row.Contains(city)));
        }
    }

    [Fact]
    public void Every_feature_is_used_for_real()
    {
        var chapters = Publication.Documents.SelectMany(d => d.Chapters).ToList();
        Assert.True(chapters.Sum(c => c.Markdown.Descendants<FigureBlock>().Count()) >= 2);
        Assert.True(chapters.Sum(c => c.Markdown.Descendants<TableCaptionBlock>().Count()) >= 6);
        Assert.True(chapters.Sum(c => c.Markdown.Descendants<Footnote>().Count()) >= 15);
        Assert.Contains(chapters, c => c.Markdown.Descendants<CustomContainer>().Any(x => x.Info == "horizontal" && x.Descendants<Table>().Any()));
        Assert.True(Doc("cuaderno-2").CitedWorks.Count >= 10, "the base document cites at least 10 works");
        Assert.All(chapters.SelectMany(c => c.Markdown.Descendants<FigureBlock>()), f => Assert.False(string.IsNullOrWhiteSpace(f.AltText)));
        var referenceKinds = chapters.SelectMany(c => c.Markdown.Descendants<CrossReferenceInline>()).Select(r => r.Target!.Kind).ToHashSet();
        Assert.Superset(new HashSet<LabelKind> { LabelKind.Figure, LabelKind.Table, LabelKind.Section, LabelKind.Annex }, referenceKinds);
    }

    [Fact]
    public void Every_figure_is_committed_with_the_source_it_was_drawn_from()
    {
        var images = Publication.Documents.SelectMany(d => d.Chapters).SelectMany(c => c.Markdown.Descendants<FigureBlock>()).Select(f => f.ImagePath!).Distinct();
        Assert.All(images, image => Assert.True(File.Exists(Path.ChangeExtension(image, ".dot")), $"{image} has no .dot source beside it"));
    }

    private static Table CaptionedTable(Document document, string label) =>
        document.Chapters.SelectMany(c => c.Markdown.Descendants<TableCaptionBlock>()).Single(t => t.Label == label).Table;

    private static IEnumerable<string> FirstColumn(Table table) =>
        table.Cast<TableRow>().Where(r => !r.IsHeader).Select(r => CellText((TableCell)r[0]));

    private static IEnumerable<string> RowTexts(Table table) =>
        table.Cast<TableRow>().Where(r => !r.IsHeader).Select(r => string.Join(" | ", r.Cast<TableCell>().Select(CellText)));

    private static string CellText(TableCell cell) => string.Concat(cell.Descendants<LeafBlock>().Select(b => PlainText.Of(b.Inline)));
}
