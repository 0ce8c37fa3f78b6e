using AlLas.Publishing.Rendering.Docx;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Tests.Rendering.Docx;

/// <summary>Plain Markdown blocks and inlines of the hand-made publication, as Word styles and runs.</summary>
public sealed class MarkdownToWordTests
{
    private static WordFile Sample() => new(DocxWriter.Build(SampleManuscript.Create(), SampleManuscript.Options).Bytes);

    [Fact]
    public void Lists_quotes_code_and_rules_take_their_styles()
    {
        using var word = Sample();
        var numbering = word.Main.NumberingDefinitionsPart!.Numbering!;

        var items = word.WithStyle("ListParagraph").ToList();
        Assert.Equal(["Primera viñeta", "Segunda viñeta", "Paso anidado", "Otro paso", "Tercero", "Cuarto"], items.Select(WordFile.Text));
        var levels = items.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value).ToList();
        Assert.Equal([0, 0, 1, 1, 0, 0], levels);
        var lists = items.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).ToList();
        Assert.Equal(3, lists.Distinct().Count());
        // "3. Tercero" starts its list at 3, as the Markdown says.
        var third = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == lists[4]);
        Assert.Equal(3, third.Descendants<StartOverrideNumberingValue>().Single().Val!.Value);

        Assert.Equal(["Una cita larga de un coordinador, que se muestra como bloque aparte."], word.WithStyle("BlockText").Select(WordFile.Text));
        Assert.Equal(["allas build --doc resumen-ejecutivo"], word.WithStyle("Codigo").Select(WordFile.Text));
        Assert.Single(word.Paragraphs, p => p.ParagraphProperties?.ParagraphBorders?.BottomBorder is not null);
    }

    [Fact]
    public void Emphasis_links_and_breaks_become_run_formatting_hyperlinks_and_line_breaks()
    {
        using var word = Sample();
        var paragraph = word.Paragraphs.First(p => WordFile.Text(p).StartsWith("Las ciudades socias", StringComparison.Ordinal));

        Assert.Equal("Las ciudades socias trabajan juntas desde 2013, con datos abiertos y una página del proyecto."
                     + "Una línea nueva, y algo tachado con H2O y 103.", WordFile.Text(paragraph));
        string Formatted(Func<RunProperties, bool> test) =>
            string.Concat(paragraph.Descendants<Run>().Where(r => r.RunProperties is { } p && test(p)).Select(WordFile.Text));
        Assert.Equal("socias", Formatted(p => p.Bold is not null));
        Assert.Equal("juntas", Formatted(p => p.Italic is not null));
        Assert.Equal("algo tachado", Formatted(p => p.Strike is not null));
        Assert.Equal("datos", Formatted(p => p.RunStyle?.Val?.Value == "CodigoCar"));
        Assert.Equal("2", Formatted(p => p.VerticalTextAlignment?.Val?.Value == VerticalPositionValues.Subscript));
        Assert.Equal("3", Formatted(p => p.VerticalTextAlignment?.Val?.Value == VerticalPositionValues.Superscript));
        Assert.Single(paragraph.Descendants<Break>());

        var link = paragraph.Descendants<Hyperlink>().Single();
        Assert.Equal("página del proyecto", WordFile.Text(link));
        Assert.Equal("https://example.org/al-las", word.Main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value).Uri.OriginalString);
    }
}
