using System.Text;
using AlLas.Publishing.Content;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Hostile;

/// <summary>
/// The limits on what writers keep in content/ and templates/: YAML nesting and alias expansion in every
/// YAML file, Markdown nesting and notes citing notes, control characters, required templates. Each is
/// listed by `check` at file, line and column and refused by `build` with exit code 2, never a crash.
/// </summary>
public sealed class SourceLimitsTests : IDisposable
{
    private const string Chapter = "content/informe/01-oficinas.md";
    private const string Manifest = "content/informe/document.yml";
    private readonly MiniPublication mini = new();
    private readonly TempDir output = RepoPaths.NewTempDir();

    public void Dispose()
    {
        mini.Dispose();
        output.Dispose();
    }

    /// <summary>Nine anchors of nine aliases each: 387 million strings once expanded.</summary>
    private static string AliasBomb(string key = "risas")
    {
        var yaml = new StringBuilder($"{key}a: &a [\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\"]\n");
        for (var c = 'b'; c <= 'i'; c++) yaml.Append($"{key}{c}: &{c} [{string.Join(',', Enumerable.Repeat($"*{(char)(c - 1)}", 9))}]\n");
        return yaml.ToString();
    }

    [Fact]
    public void An_alias_bomb_in_publication_yml_is_refused_where_it_starts()
    {
        mini.Write("content/publication.yml", mini.Read("content/publication.yml") + "\n" + AliasBomb());
        AssertCheckAndBuildRefuse("content/publication.yml(", "posible bomba de alias");
    }

    [Fact]
    public void An_alias_bomb_in_document_yml_is_refused()
    {
        mini.Write(Manifest, mini.Read(Manifest) + AliasBomb());
        AssertCheckAndBuildRefuse($"{Manifest}(", "posible bomba de alias");
    }

    [Fact]
    public void An_alias_bomb_in_front_matter_is_refused()
    {
        mini.Replace(Chapter, "id: oficinas\n", "id: oficinas\n" + AliasBomb());
        AssertCheckAndBuildRefuse($"{Chapter}(", "posible bomba de alias");
    }

    [Fact]
    public void Yaml_nested_100000_deep_is_refused_at_the_limit()
    {
        mini.Write("content/bibliografia.yml", "- id: hondo\n  title: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        AssertCheckAndBuildRefuse("content/bibliografia.yml(2,", $"más de {YamlLimits.MaxDepth} niveles");
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("lists")]
    [InlineData("indented-lists")]
    [InlineData("stars")]
    [InlineData("alternating-emphasis")]
    public void Markdown_nested_10000_deep_is_refused_in_the_chapter(string shape)
    {
        var deep = shape switch
        {
            "quotes" => new string('>', 10_000) + " cita",
            "lists" => string.Concat(Enumerable.Repeat("- ", 10_000)) + "elemento",
            "indented-lists" => string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i) + "- elemento\n")),
            "stars" => "Texto " + new string('*', 10_000) + "hondo" + new string('*', 10_000),
            _ => "Texto " + string.Concat(Enumerable.Repeat("*a _b ", 3_000)) + "hondo" + string.Concat(Enumerable.Repeat(" c_ d*", 3_000)),
        };
        mini.Write(Chapter, mini.Read(Chapter) + "\n" + deep + "\n");
        AssertCheckAndBuildRefuse($"{Chapter}(", "niveles");
    }

    [Fact]
    public void A_footnote_that_cites_itself_is_refused_at_the_citation()
    {
        mini.Write(Chapter, mini.Read(Chapter) + "\nOtra nota[^yo].\n\n[^yo]: Esta nota se cita a sí misma[^yo].\n");
        AssertCheckAndBuildRefuse($"{Chapter}(33,", "una nota cita una nota");
    }

    [Fact]
    public void A_control_character_is_refused_at_its_line_and_column()
    {
        mini.Replace(Chapter, "trabajan con", "trabajan\u0001 con");
        AssertCheckAndBuildRefuse($"{Chapter}(6,", "U+0001");
    }

    [Theory]
    [InlineData("estilos.css")]
    [InlineData("pagina.html.sbn")]
    public void A_missing_template_is_named_with_the_way_back(string name)
    {
        File.Delete(mini.PathOf($"templates/{name}"));
        AssertCheckAndBuildRefuse($"templates/{name}", "git checkout");
    }

    [Fact]
    public void Nesting_a_writer_uses_still_builds()
    {
        mini.Write(Chapter, mini.Read(Chapter) + "\n> > Una cita en una cita con *énfasis **fuerte***.\n\n- uno\n  - dos\n    - tres\n");
        var check = Allas.RunInProcessAt(mini.Root, "check");
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    private void AssertCheckAndBuildRefuse(string at, string says)
    {
        var check = Allas.RunInProcessAt(mini.Root, "check");
        Refusal.AssertListed(check, at);
        Assert.Contains(says, check.StdOut);
        var build = Allas.RunInProcessAt(mini.Root, "build", "--out", output.Path);
        Refusal.Assert2(build, at);
        Assert.Contains(says, build.StdErr);
        Assert.Empty(Directory.GetFiles(output.Path, "*", SearchOption.AllDirectories));
    }
}
