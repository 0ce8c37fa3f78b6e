using AlLas.Publishing.Content;
using Scriban.Runtime;

namespace AlLas.Publishing.Tests.Content;

public class SourceMapTests
{
    private static (string Text, SourceMap Map) Expand(string source, int start = 0)
    {
        var globals = new ScriptObject
        {
            ["publication"] = TemplateExpander.ToScript(new Dictionary<string, object?>
            {
                ["partners"] = new List<object?>
                {
                    new Dictionary<string, object?> { ["city"] = "Quito" },
                    new Dictionary<string, object?> { ["city"] = "Lima" },
                },
            }),
        };
        return new TemplateExpander(globals, "/nonexistent", "/").Expand(new SourceText("content/doc/cap.md", source), start);
    }

    [Fact]
    public void Text_written_by_hand_maps_to_its_own_line_and_column()
    {
        var source = "# Título\n\nLas {{ publication.partners.size }} ciudades trabajan.\nSegunda línea.\n";
        var (text, map) = Expand(source);

        Assert.Equal("# Título\n\nLas 2 ciudades trabajan.\nSegunda línea.\n", text);
        var at = map.ToSource(text.IndexOf("Segunda", StringComparison.Ordinal), text.IndexOf("línea", StringComparison.Ordinal) + 4);
        Assert.Equal(new SourceSpan("content/doc/cap.md", 4, 1, 4, 13), at);
        var after = map.ToSource(text.IndexOf("ciudades", StringComparison.Ordinal), text.IndexOf("ciudades", StringComparison.Ordinal));
        Assert.Equal((3, 37), (after.Line, after.Column));
    }

    [Fact]
    public void Text_a_template_produced_maps_to_the_tag_that_produced_it()
    {
        var source = "Intro\n\n{{ for p in publication.partners }}\n- {{ p.city }}\n{{ end }}\nFin\n";
        var (text, map) = Expand(source);

        var lima = text.IndexOf("Lima", StringComparison.Ordinal);
        var at = map.ToSource(lima, lima + 3);
        Assert.Equal((3, 1), (at.Line, at.Column));
        Assert.Equal(5, at.EndLine);
        var end = map.ToSource(text.IndexOf("Fin", StringComparison.Ordinal), text.IndexOf("Fin", StringComparison.Ordinal));
        Assert.Equal((6, 1), (end.Line, end.Column));
    }

    [Fact]
    public void Front_matter_lines_are_counted_before_the_body()
    {
        var source = "---\nid: x\n---\n# Título\n\nTexto.\n";
        var front = FrontMatter.Split(new SourceText("cap.md", source));
        var (text, map) = Expand(source, front.BodyStart);

        Assert.StartsWith("# Título", text);
        var at = map.ToSource(text.IndexOf("Texto", StringComparison.Ordinal), text.IndexOf("Texto", StringComparison.Ordinal));
        Assert.Equal((6, 1), (at.Line, at.Column));
        Assert.Equal("x", front.GetString("id"));
    }

    [Fact]
    public void An_unknown_variable_is_reported_at_its_line_and_column()
    {
        var error = Assert.ThrowsAny<SourceException>(() => Expand("Uno\n\nDos {{ publicacion.socios }}\n"));
        Assert.StartsWith("content/doc/cap.md(3,", error.Location);
    }
}
