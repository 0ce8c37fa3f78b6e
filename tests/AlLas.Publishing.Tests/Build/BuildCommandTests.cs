using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Build;

/// <summary>`allas build` as a writer runs it: what it prints, what it writes, and how it refuses bad input.</summary>
public class BuildCommandTests
{
    [Fact]
    public void Build_writes_every_document_and_prints_words_pages_and_pending_work()
    {
        using var mini = new MiniPublication();
        var result = Allas.Run(mini.Root, "build", "--format", "html");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("escrito out/informe.html", result.StdOut);
        Assert.Matches(@"informe\s+\d+\s+≈\d+\s+2\s+≈\d+\s+1", result.StdOut);
        Assert.Contains("content/informe/01-oficinas.md: 1 pendiente(s)", result.StdOut);
        Assert.True(File.Exists(mini.PathOf("out/informe_archivos/estilos.css")));
    }

    public static TheoryData<string, string, string, string> BadSources => new()
    {
        { "content/informe/01-oficinas.md", "Véase @fig-ciclo", "Véase @fig-nada", "content/informe/01-oficinas.md(12,7): error AL0020: referencia cruzada desconocida '@fig-nada'" },
        { "content/informe/01-oficinas.md", "[@duchacek1990]", "[@nadie2020]", "content/informe/01-oficinas.md(29,27): error AL0012: cita desconocida 'nadie2020'" },
        { "content/informe/01-oficinas.md", "../media/ciclo.png", "../media/falta.png", "content/informe/01-oficinas.md(14,1): error AL0030: no se encuentra la imagen '../media/falta.png'" },
        { "content/informe/01-oficinas.md", "{{ p.city }}", "{{ p.city ", "content/informe/01-oficinas.md(18," },
        { "content/informe/00-presentacion.md", "reúne a {{ publication.partners.size }}", "reúne a {{ publicacion.partners.size }}", "content/informe/00-presentacion.md(6,35): error AL0011" },
        { "content/publication.yml", "tagline: Ciudades al mundo", "tagline: [Ciudades al mundo", "content/publication.yml(" },
        { "content/informe/00-presentacion.md", "numbered: false", "numbered: false\n  mal: [", "content/informe/00-presentacion.md(3," },
        { "content/informe/document.yml", "  - 01-oficinas.md", "  - 01-oficina.md", "content/informe/document.yml(9,5): error AL0009: el capítulo '01-oficina.md' no existe" },
    };

    [Theory]
    [MemberData(nameof(BadSources))]
    public void A_source_error_names_file_line_and_column_exits_2_and_writes_nothing(string file, string good, string bad, string expected)
    {
        using var mini = new MiniPublication();
        mini.Replace(file, good, bad);
        var result = Allas.Run(mini.Root, "build");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith(expected, result.StdErr.Trim());
        Assert.False(Directory.Exists(mini.PathOf("out")), "out/ must stay untouched");
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_drafts_as_they_were()
    {
        using var mini = new MiniPublication();
        Assert.Equal(0, Allas.Run(mini.Root, "build", "--format", "html").ExitCode);
        var before = File.ReadAllBytes(mini.PathOf("out/informe.html"));
        mini.Replace("content/informe/01-oficinas.md", "Véase @fig-ciclo", "Véase @fig-nada");

        Assert.Equal(2, Allas.Run(mini.Root, "build", "--format", "html").ExitCode);
        Assert.Equal(before, File.ReadAllBytes(mini.PathOf("out/informe.html")));
        Assert.Empty(Directory.GetFiles(mini.PathOf("out"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_Word_draft_that_cannot_be_rendered_leaves_no_file_of_any_format()
    {
        using var mini = new MiniPublication();
        Assert.Equal(0, Allas.Run(mini.Root, "build").ExitCode);
        var before = Directory.GetFiles(mini.PathOf("out"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        // The HTML page shows any image file; only the Word writer needs to read it as PNG or JPEG.
        File.WriteAllText(mini.PathOf("content/media/ciclo.png"), "<svg/>");

        var result = Allas.Run(mini.Root, "build");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("AL0302", result.StdErr);
        var after = Directory.GetFiles(mini.PathOf("out"), "*", SearchOption.AllDirectories);
        Assert.Equal(before.Keys.Order(), after.Order());
        Assert.All(after, f => Assert.Equal(before[f], File.ReadAllBytes(f)));
    }

    [Fact]
    public void An_unknown_document_or_format_is_refused_with_exit_code_2()
    {
        using var mini = new MiniPublication();
        var doc = Allas.Run(mini.Root, "build", "--doc", "cuaderno-9");
        Assert.Equal(2, doc.ExitCode);
        Assert.Contains("no hay documento 'cuaderno-9'", doc.StdErr);

        var format = Allas.Run(mini.Root, "build", "--format", "odt");
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("formato desconocido 'odt'", format.StdErr);
    }

    [Fact]
    public void Building_twice_gives_byte_identical_files()
    {
        using var mini = new MiniPublication();
        Assert.Equal(0, Allas.Run(mini.Root, "build", "--out", "a").ExitCode);
        Assert.Equal(0, Allas.Run(mini.Root, "build", "--out", "b").ExitCode);
        var first = Directory.GetFiles(mini.PathOf("a"), "*", SearchOption.AllDirectories).Order().ToList();
        Assert.NotEmpty(first);
        foreach (var file in first)
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(mini.PathOf("b/" + Path.GetRelativePath(mini.PathOf("a"), file))));
    }
}
