using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Tools;

public class PandocTests
{
    [Fact]
    public void Reads_tracked_insertions_and_deletions_of_a_real_reviewed_file()
    {
        var pandoc = Pandoc.Require();
        var history = SampleDocx.CorpusFile("bokuweb+docx-rs/history.docx");

        using var all = pandoc.ReadDocx(history, TrackChanges.All);
        using var accepted = pandoc.ReadDocx(history, TrackChanges.Accept);

        var insertions = Pandoc.Spans(all, "insertion").ToList();
        Assert.NotEmpty(insertions);
        Assert.All(insertions, i => Assert.True(Pandoc.Attributes(i).ContainsKey("author")));
        Assert.NotEmpty(Pandoc.Spans(all, "deletion"));
        Assert.Empty(Pandoc.Spans(accepted, "insertion"));
        Assert.Empty(Pandoc.Spans(accepted, "deletion"));
    }

    [Fact]
    public void Reads_paragraphs_of_a_docx_as_plain_text()
    {
        var pandoc = Pandoc.Require();
        using var tmp = RepoPaths.NewTempDir();
        var docx = SampleDocx.ThreeParagraphsTwoPages(tmp.File("muestra.docx"));

        using var ast = pandoc.ReadDocx(docx);
        var paragraphs = Pandoc.Elements(ast, "Para").Select(Pandoc.Stringify).ToList();

        Assert.Equal(["Primer párrafo de la prueba.", "Segundo párrafo de la prueba.", "Tercer párrafo, ya en otra página."], paragraphs);
        Assert.Contains("Segundo párrafo de la prueba.", pandoc.ToPlain(docx));
    }
}
