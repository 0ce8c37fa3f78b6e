using System.Text.Json;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>`allas stats`: the figures a coordinator asks for, per document and chapter.</summary>
public class StatsCommandTests
{
    private const string Chapter = "content/informe/01-oficinas.md";

    [Fact]
    public void Json_counts_each_chapter_and_follows_what_a_writer_adds()
    {
        using var mini = new MiniPublication();
        var before = Chapters(Json(mini));
        Assert.Equal(["content/informe/00-presentacion.md", Chapter, "content/informe/anexo-a-bibliografia.md"], before.Keys);
        Assert.Equal(1, before[Chapter].GetProperty("pending").GetInt32());
        Assert.Equal("1", before[Chapter].GetProperty("number").GetString());
        Assert.Equal("A", before["content/informe/anexo-a-bibliografia.md"].GetProperty("number").GetString());
        Assert.Equal(1, before[Chapter].GetProperty("figures").GetInt32());
        Assert.Equal(2, before[Chapter].GetProperty("tables").GetInt32());

        // A paragraph of exactly 100 words.
        var paragraph = string.Join(' ', Enumerable.Range(1, 100).Select(i => $"palabra{i}"));
        mini.Replace(Chapter, "## Recursos {#sec-recursos}", $"{paragraph}\n\n## Recursos {{#sec-recursos}}");
        var longer = Chapters(Json(mini));
        Assert.Equal(before[Chapter].GetProperty("words").GetInt32() + 100, longer[Chapter].GetProperty("words").GetInt32());
        Assert.True(longer[Chapter].GetProperty("estimatedPages").GetDouble() > before[Chapter].GetProperty("estimatedPages").GetDouble());

        mini.Replace(Chapter, "## Recursos {#sec-recursos}", "## Recursos {#sec-recursos}\n\n[PENDIENTE: una] y [PENDIENTE: otra]");
        Assert.Equal(3, Chapters(Json(mini))[Chapter].GetProperty("pending").GetInt32());
    }

    [Fact]
    public void A_document_over_its_page_budget_says_so_in_json_and_in_the_table()
    {
        using var mini = new MiniPublication();
        mini.Replace("content/informe/document.yml", "pages: 2", "pages: 1");

        using var json = JsonDocument.Parse(Run(mini, "stats", "--json"));
        var document = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("informe", document.GetProperty("id").GetString());
        Assert.Equal(1, document.GetProperty("pageBudget").GetInt32());
        Assert.True(document.GetProperty("estimatedPages").GetDouble() > 1);
        Assert.True(document.GetProperty("overBudget").GetBoolean());
        Assert.Equal(document.GetProperty("words").GetInt32(),
            document.GetProperty("chapters").EnumerateArray().Where(c => c.GetProperty("kind").GetString() != "annex").Sum(c => c.GetProperty("words").GetInt32()));

        var text = Run(mini, "stats");
        Assert.Contains("informe · Informe de prueba", text);
        Assert.Matches(@"\n\s+1\s+Las oficinas\s+\d+\s+≈\d+,\d\s+1\s+0", text);
        Assert.Matches(@"cuerpo: \d+ palabras, ≈\d+ de 1 páginas \(excede el límite\)", text);
    }

    [Fact]
    public void Doc_chooses_the_documents_and_the_real_content_counts_both()
    {
        using var json = JsonDocument.Parse(Run(RepoPaths.Root, "stats", "--json"));
        var ids = json.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Equal(["cuaderno-2", "resumen-ejecutivo"], ids);
        Assert.All(json.RootElement.EnumerateArray(), d => Assert.True(d.GetProperty("words").GetInt32() > 1000));

        using var one = JsonDocument.Parse(Run(RepoPaths.Root, "stats", "--doc", "resumen-ejecutivo", "--json"));
        Assert.Equal("resumen-ejecutivo", Assert.Single(one.RootElement.EnumerateArray()).GetProperty("id").GetString());
    }

    private static JsonDocument Json(MiniPublication mini) => JsonDocument.Parse(Run(mini, "stats", "--json"));

    private static Dictionary<string, JsonElement> Chapters(JsonDocument json) =>
        Assert.Single(json.RootElement.EnumerateArray()).GetProperty("chapters").EnumerateArray()
            .ToDictionary(c => c.GetProperty("file").GetString()!, c => c.Clone());

    private static string Run(MiniPublication mini, params string[] args) => Run(mini.Root, args);

    private static string Run(string root, params string[] args)
    {
        var result = Allas.Run(root, args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.StdOut;
    }
}
