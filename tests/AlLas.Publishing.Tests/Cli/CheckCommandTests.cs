using System.Text.Json;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>`allas check` as an editor or CI runs it: every problem at once, compiler-style, with exit codes to act on.</summary>
public class CheckCommandTests
{
    private const string Chapter = "content/informe/01-oficinas.md";

    /// <summary>Several problems in several files, each with the line `allas check` must print for it.</summary>
    private static MiniPublication Broken(out string[] errors, out string[] warnings)
    {
        var mini = new MiniPublication();
        mini.Replace(Chapter, "Véase @fig-ciclo", "Véase @fig-nada");
        mini.Replace(Chapter, "[@duchacek1990]", "[@nadie2020]");
        mini.Replace(Chapter, "## Recursos {#sec-recursos}", "### Recursos {#sec-recursos}");
        mini.Replace("content/informe/document.yml", "pages: 2", "pages: \"2\"");
        mini.Replace("content/informe/document.yml", "subtitle:", "subtitel:");
        mini.Replace("content/publication.yml", "{id: lima,", "{id: quito,");
        errors =
        [
            "content/informe/01-oficinas.md(12,7): error AL0020: referencia cruzada desconocida '@fig-nada'",
            "content/informe/01-oficinas.md(29,27): error AL0012: cita desconocida 'nadie2020'",
            "content/informe/document.yml(5,8): error AL0051: 'pages' debe ser un número entero (sin comillas), no '2'",
            "content/publication.yml(12,10): error AL0059: el id 'quito' ya se usó en partners (línea 11)",
        ];
        warnings =
        [
            "content/informe/01-oficinas.md(10,1): warning AL0053: salto de nivel: '###' después de '#' (falta '##')",
            "content/informe/document.yml(2,1): warning AL0052: clave desconocida 'subtitel' (¿quiso decir 'subtitle'?); se ignora",
        ];
        return mini;
    }

    [Fact]
    public void Every_problem_of_every_file_is_listed_at_once_in_file_order_and_errors_exit_1()
    {
        using var mini = Broken(out var errors, out var warnings);

        var result = Allas.Run(mini.Root, "check");

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var expected in errors.Concat(warnings))
            Assert.True(lines.Any(l => l.StartsWith(expected, StringComparison.Ordinal)), $"missing: {expected}\n{result}");
        var files = lines.Where(l => l.Contains("): ")).Select(l => l[..l.IndexOf('(')]).ToList();
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        Assert.Contains("errores", lines[^1]);
        Assert.False(Directory.Exists(mini.PathOf("out")), "check builds nothing");
    }

    [Fact]
    public void Json_gives_each_diagnostic_with_severity_file_line_column_code_and_message()
    {
        using var mini = Broken(out var errors, out _);

        var result = Allas.Run(mini.Root, "check", "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var items = json.RootElement.EnumerateArray().Select(e => new
        {
            Severity = e.GetProperty("severity").GetString(),
            File = e.GetProperty("file").GetString(),
            Line = e.GetProperty("line").GetInt32(),
            Column = e.GetProperty("column").GetInt32(),
            Code = e.GetProperty("code").GetString(),
            Message = e.GetProperty("message").GetString(),
        }).ToList();
        foreach (var expected in errors)
            Assert.Contains(items, i => $"{i.File}({i.Line},{i.Column}): {i.Severity} {i.Code}: {i.Message}".StartsWith(expected, StringComparison.Ordinal));
        Assert.All(items, i => Assert.Contains(i.Severity, new[] { "error", "warning", "info" }));
        // Each [PENDIENTE: ...] of the sources is there, where it is written.
        var pending = items.Where(i => i.Code == "AL0060").ToList();
        Assert.Equal(Directory.GetFiles(mini.PathOf("content"), "*.md", SearchOption.AllDirectories).Sum(f => CountOf(File.ReadAllText(f), "[PENDIENTE:")), pending.Count);
        Assert.Contains(pending, p => p.File == Chapter && p.Line == 12 && p.Message == "pendiente: datos de personal de cada oficina");
    }

    [Fact]
    public void Warnings_alone_exit_0_and_name_the_line_to_fix()
    {
        using var mini = new MiniPublication();
        mini.Replace("content/informe/document.yml", "pages: 2", "pages: 1");
        mini.Replace(Chapter, "## Recursos {#sec-recursos}", "## Recursos {#recursos}");
        mini.Replace(Chapter, "{#fig-ciclo alt=\"Ciclo de trabajo\"}", "{#fig-ciclo}");
        mini.Replace(Chapter, "![Ciclo de trabajo de una oficina]", "![]");

        var result = Allas.Run(mini.Root, "check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("content/informe/document.yml(5,8): warning AL0057: el documento 'informe' ocupa unas", result.StdOut);
        Assert.Contains("content/informe/01-oficinas.md(10,1): warning AL0056: la etiqueta 'recursos' no empieza por 'sec-'", result.StdOut);
        Assert.Contains("content/informe/01-oficinas.md(14,1): warning AL0031: la figura no tiene texto alternativo", result.StdOut);
        Assert.StartsWith("0 errores, 3 avisos, 1 marca pendiente", result.StdOut.Trim().Split('\n')[^1]);
    }

    [Fact]
    public void Build_stops_on_the_same_errors_and_prints_the_same_warnings()
    {
        using var mini = Broken(out var errors, out var warnings);

        var check = Allas.Run(mini.Root, "check");
        var build = Allas.Run(mini.Root, "build");

        Assert.Equal(2, build.ExitCode);
        var checkErrors = Lines(check.StdOut).Where(l => l.Contains(": error ")).ToList();
        Assert.Equal(errors.Length, checkErrors.Count);
        Assert.Equal(checkErrors.Order(), Lines(build.StdErr).Where(l => l.Contains(": error ")).Order());

        // Once the errors are fixed, build prints the warnings check prints.
        mini.Replace(Chapter, "@fig-nada", "@fig-ciclo");
        mini.Replace(Chapter, "[@nadie2020]", "[@duchacek1990]");
        mini.Replace("content/informe/document.yml", "pages: \"2\"", "pages: 2");
        mini.Replace("content/publication.yml", "{id: quito, name: Municipalidad", "{id: lima, name: Municipalidad");
        var fixedCheck = Allas.Run(mini.Root, "check");
        var fixedBuild = Allas.Run(mini.Root, "build", "--format", "html");
        Assert.Equal(0, fixedCheck.ExitCode);
        Assert.Equal(0, fixedBuild.ExitCode);
        var buildWarnings = Lines(fixedBuild.StdErr).Where(l => l.Contains(": warning ")).ToList();
        Assert.Equal(Lines(fixedCheck.StdOut).Where(l => l.Contains(": warning ")), buildWarnings);
        foreach (var expected in warnings) Assert.Contains(expected, buildWarnings);
    }

    [Fact]
    public void A_publication_yml_that_does_not_parse_is_a_source_error_not_a_crash()
    {
        using var mini = new MiniPublication();
        mini.Replace("content/publication.yml", "tagline: Ciudades al mundo", "tagline: [Ciudades al mundo");

        var result = Allas.Run(mini.Root, "check", "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var error = Assert.Single(json.RootElement.EnumerateArray(), e => e.GetProperty("severity").GetString() == "error");
        Assert.Equal("content/publication.yml", error.GetProperty("file").GetString());
        Assert.Equal("AL0001", error.GetProperty("code").GetString());
        // The writer is sent to the bracket that is never closed, not to where the parser gave up.
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Equal(12, error.GetProperty("column").GetInt32());
    }

    [Fact]
    public void The_real_content_has_no_errors_and_every_diagnostic_points_into_an_existing_file()
    {
        var result = Allas.Run(RepoPaths.Root, "check", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var file = Path.Combine(RepoPaths.Root, item.GetProperty("file").GetString()!);
            Assert.True(File.Exists(file), item.ToString());
            var lines = File.ReadAllLines(file);
            var line = item.GetProperty("line").GetInt32();
            Assert.InRange(line, 1, lines.Length);
            Assert.InRange(item.GetProperty("column").GetInt32(), 1, lines[line - 1].Length + 1);
        }
    }

    [Fact]
    public void An_unknown_document_is_a_usage_error()
    {
        using var mini = new MiniPublication();
        var result = Allas.Run(mini.Root, "check", "--doc", "cuaderno-9");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no hay documento 'cuaderno-9'", result.StdErr);
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
