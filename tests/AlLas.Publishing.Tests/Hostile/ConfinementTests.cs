using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Hostile;

/// <summary>
/// Templates come only from templates/, sources only from inside the repository (after following links),
/// and only regular files; `check` lists what `build` refuses, at the file, line and column.
/// </summary>
public sealed class ConfinementTests : IDisposable
{
    private const string Chapter = "content/informe/01-oficinas.md";
    private const string Manifest = "content/informe/document.yml";
    private readonly MiniPublication mini = new();
    private readonly TempDir outside = RepoPaths.NewTempDir();

    public void Dispose()
    {
        mini.Dispose();
        outside.Dispose();
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../content/publication.yml")]
    [InlineData("../../../../../../../../etc/hostname")]
    public void An_include_reaches_only_templates(string name)
    {
        mini.Replace(Chapter, "## Recursos {#sec-recursos}", $"## Recursos {{#sec-recursos}}\n\n{{{{ include '{name}' }}}}");
        AssertCheckAndBuildRefuse($"{Chapter}(12,4)", "solo lee plantillas de templates/");
    }

    [Fact]
    public void A_partial_that_links_out_of_templates_is_refused()
    {
        var secret = outside.File("secreto.md.sbn");
        File.WriteAllText(secret, "dato reservado");
        File.CreateSymbolicLink(mini.PathOf("templates/partials/enlace.md.sbn"), secret);
        mini.Replace(Chapter, "## Recursos {#sec-recursos}", "## Recursos {#sec-recursos}\n\n{{ include 'enlace' }}");
        var output = AssertCheckAndBuildRefuse($"{Chapter}(12,4)", "queda fuera");
        Assert.DoesNotContain("dato reservado", output);
    }

    [Fact]
    public void A_chapter_outside_the_repository_is_refused_where_it_is_listed()
    {
        mini.Replace(Manifest, "  - 01-oficinas.md", "  - ../../../../../../../../etc/passwd");
        AssertCheckAndBuildRefuse($"{Manifest}(9,5)", "fuera del repositorio");
    }

    [Fact]
    public void A_chapter_that_links_out_of_the_repository_is_refused()
    {
        var elsewhere = outside.File("capitulo.md");
        File.WriteAllText(elsewhere, "# Capítulo ajeno\n\nTexto.\n");
        File.Delete(mini.PathOf(Chapter));
        File.CreateSymbolicLink(mini.PathOf(Chapter), elsewhere);
        AssertCheckAndBuildRefuse($"{Manifest}(9,5)", "fuera del repositorio");
    }

    [Fact]
    public void A_chapter_that_is_a_fifo_is_refused_without_waiting()
    {
        File.Delete(mini.PathOf(Chapter));
        Refusal.MakeFifo(mini.PathOf(Chapter));
        AssertCheckAndBuildRefuse($"{Manifest}(9,5)", "no es un archivo regular");
    }

    [Fact]
    public void An_image_outside_the_repository_is_refused_at_the_figure()
    {
        var image = outside.File("ciclo.png");
        File.Copy(mini.PathOf("content/media/ciclo.png"), image);
        mini.Replace(Chapter, "../media/ciclo.png", image);
        AssertCheckAndBuildRefuse($"{Chapter}(14,1)", "fuera del repositorio");
    }

    [Fact]
    public void An_image_that_is_a_fifo_is_refused_at_the_figure()
    {
        File.Delete(mini.PathOf("content/media/ciclo.png"));
        Refusal.MakeFifo(mini.PathOf("content/media/ciclo.png"));
        AssertCheckAndBuildRefuse($"{Chapter}(14,1)", "no es un archivo regular");
    }

    [Fact]
    public void A_bibliography_that_links_out_of_the_repository_is_refused()
    {
        var elsewhere = outside.File("bibliografia.yml");
        File.Copy(mini.PathOf("content/bibliografia.yml"), elsewhere);
        File.Delete(mini.PathOf("content/bibliografia.yml"));
        File.CreateSymbolicLink(mini.PathOf("content/bibliografia.yml"), elsewhere);
        AssertCheckAndBuildRefuse("content/bibliografia.yml", "fuera del repositorio");
    }

    /// <summary>`check` lists the problem at <paramref name="at"/> and `build` stops on it, writing nothing; returns what build printed.</summary>
    private string AssertCheckAndBuildRefuse(string at, string says)
    {
        var check = Allas.RunInProcessAt(mini.Root, "check");
        Refusal.AssertListed(check, at);
        Assert.Contains(says, check.StdOut);
        var output = outside.Dir("borradores");
        var build = Allas.RunInProcessAt(mini.Root, "build", "--out", output);
        Refusal.Assert2(build, at);
        Assert.Contains(says, build.StdErr);
        Assert.Empty(Directory.GetFiles(output, "*", SearchOption.AllDirectories));
        return build.StdOut + build.StdErr;
    }
}
