using AlLas.Publishing.Markdown;
using Markdig.Syntax;

namespace AlLas.Publishing.Tests.Markdown;

public class CriticMarkupTests
{
    private static List<CriticMarkupInline> Parse(string text) =>
        PublicationMarkdown.Parse(text, "es-ES").Descendants<CriticMarkupInline>().ToList();

    [Fact]
    public void Every_kind_of_mark_is_read_with_its_text()
    {
        var marks = Parse("Las {++nuevas ++}oficinas {--antiguas --}de {~~Lima~>Quito~~} y {==esta frase==}{>>¿Fuente?<<} {>>Revisar cifras<<}.");

        Assert.Equal(
            [(CriticKind.Insert, "nuevas ", null, null), (CriticKind.Delete, "antiguas ", null, null), (CriticKind.Substitute, "Lima", "Quito", null),
             (CriticKind.Highlight, "esta frase", null, "¿Fuente?"), (CriticKind.Comment, "Revisar cifras", null, null)],
            marks.Select(m => (m.Kind, m.Text, m.NewText, m.Comment)));
    }

    [Fact]
    public void The_accepted_text_reads_as_after_every_proposal()
    {
        var document = PublicationMarkdown.Parse("Las {++nuevas ++}oficinas {--antiguas --}de {~~Lima~>Quito~~}.", "es-ES");
        var paragraph = document.Descendants<ParagraphBlock>().Single();

        Assert.Equal("Las nuevas oficinas de Quito.", PlainText.Of(paragraph.Inline));
    }

    [Fact]
    public void Attributes_and_unclosed_marks_are_left_alone()
    {
        Assert.Empty(Parse("## Título {#sec-titulo}\n\nTexto {++ sin cierre."));
        var heading = PublicationMarkdown.Parse("## Título {#sec-titulo}", "es-ES").Descendants<HeadingBlock>().Single();
        Assert.Equal("sec-titulo", Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(heading)?.Id);
    }
}
