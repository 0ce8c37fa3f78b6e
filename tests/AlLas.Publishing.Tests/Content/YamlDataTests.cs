using AlLas.Publishing.Content;

namespace AlLas.Publishing.Tests.Content;

/// <summary>YAML errors point where the writer has to look.</summary>
public class YamlDataTests
{
    [Theory]
    [InlineData("titulo: Ciudades\nsocios: [quito, lima\nfecha: 2025\n", 2, 9)]
    [InlineData("socios:\n  - {id: quito, name: Quito\n  - {id: lima, name: Lima}\nfecha: 2025\n", 2, 5)]
    [InlineData("lema: \"Ciudades [al mundo\"\nsocios: [quito,\n  lima\n", 2, 9)]
    public void An_unclosed_flow_collection_is_reported_at_its_opening_bracket(string yaml, int line, int column)
    {
        var error = Assert.Throws<SourceException>(() => YamlData.Parse(new SourceText("content/publication.yml", yaml)));

        Assert.Equal("AL0001", error.Code);
        var span = Assert.NotNull(error.Span);
        Assert.Equal((line, column), (span.Line, span.Column));
    }

    [Fact]
    public void A_bracket_inside_a_plain_value_is_text()
    {
        var data = YamlData.Parse(new SourceText("content/publication.yml", "nota: ver [PENDIENTE\ntitulo: Cuaderno 2\n"));

        Assert.Equal("ver [PENDIENTE", Assert.IsType<DataMap>(data)["nota"]);
    }
}
