using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Tools;

public class LibreOfficeTests
{
    [Fact]
    public void Converts_a_docx_with_a_page_break_to_a_two_page_pdf()
    {
        var lo = LibreOffice.Require();
        var pdf = Pdf.Require();
        using var tmp = RepoPaths.NewTempDir();
        var docx = SampleDocx.ThreeParagraphsTwoPages(tmp.File("muestra.docx"));

        var output = lo.ConvertToPdf(docx, tmp.Dir("pdf"));

        Assert.Equal(tmp.File("pdf/muestra.pdf"), output);
        Assert.Equal(2, pdf.PageCount(output));
        var pages = pdf.Pages(output);
        Assert.Contains("Segundo párrafo", pages[0]);
        Assert.DoesNotContain("Tercer párrafo", pages[0]);
        Assert.Contains("Tercer párrafo", pages[1]);
    }

    [Fact]
    public void Converts_several_documents_in_one_run_each_pdf_beside_its_source()
    {
        var lo = LibreOffice.Require();
        var pdf = Pdf.Require();
        using var tmp = RepoPaths.NewTempDir();
        var twoPages = SampleDocx.ThreeParagraphsTwoPages(Path.Combine(tmp.Dir("a"), "muestra.docx"));
        var onePage = SampleDocx.OneParagraph(Path.Combine(tmp.Dir("b"), "muestra.docx"), "Solo una página.");

        var outputs = lo.ConvertToPdf([twoPages, onePage]);

        Assert.Equal([tmp.File("a/muestra.pdf"), tmp.File("b/muestra.pdf")], outputs);
        Assert.Equal(2, pdf.PageCount(outputs[0]));
        Assert.Equal(1, pdf.PageCount(outputs[1]));
        Assert.Contains("Solo una página.", pdf.Text(outputs[1]));
    }

    [Fact]
    public void A_file_that_is_not_a_document_gives_an_error_with_soffices_output()
    {
        var lo = LibreOffice.Require();
        using var tmp = RepoPaths.NewTempDir();
        var bogus = tmp.File("roto.docx");
        File.WriteAllBytes(bogus, [0x50, 0x4B, 0x03, 0x04, 0, 0, 0]);

        var e = Assert.Throws<InvalidOperationException>(() => lo.ConvertToPdf(bogus));
        Assert.Contains("did not convert", e.Message);
        Assert.False(File.Exists(tmp.File("roto.pdf")));
    }

    [Fact]
    public void Accepting_and_rejecting_all_changes_leaves_what_pandoc_reads_the_same_way()
    {
        var lo = LibreOffice.RequireUno();
        var pandoc = Pandoc.Require();
        var history = SampleDocx.CorpusFile("bokuweb+docx-rs/history.docx");
        using var tmp = RepoPaths.NewTempDir();
        Assert.True(SampleDocx.TrackedChanges(history) > 0, "the corpus file should hold tracked changes");

        var accepted = lo.AcceptAll(history, tmp.File("aceptado.docx"));
        var rejected = lo.RejectAll(history, tmp.File("rechazado.docx"));

        Assert.Equal(0, SampleDocx.TrackedChanges(tmp.File("aceptado.docx")));
        Assert.Equal(0, SampleDocx.TrackedChanges(tmp.File("rechazado.docx")));
        Assert.Empty(accepted.Redlines);
        Assert.Empty(rejected.Redlines);
        Assert.Equal(Words(pandoc.ToPlain(history, TrackChanges.Accept)), Words(string.Join(" ", accepted.Paragraphs)));
        Assert.Equal(Words(pandoc.ToPlain(history, TrackChanges.Reject)), Words(string.Join(" ", rejected.Paragraphs)));
        Assert.NotEqual(Words(string.Join(" ", accepted.Paragraphs)), Words(string.Join(" ", rejected.Paragraphs)));
    }

    [Fact]
    public void A_reviewer_session_leaves_comments_and_tracked_changes_that_pandoc_finds()
    {
        var lo = LibreOffice.RequireUno();
        var pandoc = Pandoc.Require();
        using var tmp = RepoPaths.NewTempDir();
        var docx = SampleDocx.ThreeParagraphsTwoPages(tmp.File("muestra.docx"));
        var reviewed = tmp.File("revisado.docx");

        var seen = lo.Review(docx, reviewed,
            UnoStep.Author("Revisora Uno"),
            UnoStep.TrackChanges(),
            UnoStep.Comment("Primer párrafo", "¿Hace falta una fuente?", "Revisora Uno"),
            UnoStep.Replace("Segundo", "Segunda versión del"),
            UnoStep.Delete(", ya en otra página"));

        Assert.Equal("¿Hace falta una fuente?", Assert.Single(seen.Comments).Content);
        Assert.All(seen.Redlines, r => Assert.Equal("Revisora Uno", r.Author));

        using var ast = pandoc.ReadDocx(reviewed, TrackChanges.All);
        var insertion = Assert.Single(Pandoc.Spans(ast, "insertion"));
        Assert.Equal("Segunda versión del", Pandoc.Stringify(insertion));
        Assert.Equal("Revisora Uno", Pandoc.Attributes(insertion)["author"]);
        var deletions = Pandoc.Spans(ast, "deletion").Select(Pandoc.Stringify).ToList();
        Assert.Equal(["Segundo", ", ya en otra página"], deletions);
        var comment = Assert.Single(Pandoc.Spans(ast, "comment-start"));
        Assert.Equal("Revisora Uno", Pandoc.Attributes(comment)["author"]);
        Assert.Contains("¿Hace falta una fuente?", Pandoc.Stringify(comment));
    }

    private static string Words(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
