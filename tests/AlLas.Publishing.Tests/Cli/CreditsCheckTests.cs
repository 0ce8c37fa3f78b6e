using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>`check` on the keys of publication.yml the cover and credits read: credits and the logo.</summary>
public class CreditsCheckTests
{
    [Fact]
    public void Missing_credits_are_a_warning_at_the_file_and_empty_or_misspelled_ones_are_errors_at_their_key()
    {
        using var mini = new MiniPublication();
        var yml = "content/publication.yml";
        var original = mini.Read(yml);
        var withoutCredits = original[..original.IndexOf("credits:", StringComparison.Ordinal)];

        mini.Write(yml, withoutCredits);
        var result = Allas.Run(mini.Root, "check");
        Assert.Contains("content/publication.yml(1,1): warning AL0065: falta la clave 'credits'", result.StdErr + result.StdOut);

        mini.Write(yml, withoutCredits + "credits:\n  authors: []\n  responsable: {name: X}\n");
        result = Allas.Run(mini.Root, "check");
        var output = result.StdErr + result.StdOut;
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"content/publication\.yml\(\d+,\d+\): error AL0050: 'credits\.authors' debe nombrar al menos un autor", output);
        Assert.Matches(@"content/publication\.yml\(\d+,\d+\): error AL0050: falta la clave 'responsible' en credits", output);
        Assert.Contains("clave desconocida 'responsable' en credits (¿quiso decir 'responsible'?)", output);
        Assert.DoesNotContain("AL0011", output);
    }

    [Fact]
    public void A_logo_that_is_not_there_is_reported_at_its_line_and_column()
    {
        using var mini = new MiniPublication();
        mini.Replace("content/publication.yml", "  tagline: Ciudades al mundo\n", "  tagline: Ciudades al mundo\n  logo: media/no-existe.png\n");
        var result = Allas.Run(mini.Root, "check");
        var line = mini.Read("content/publication.yml").Split('\n').ToList().FindIndex(l => l.Contains("logo:")) + 1;
        Assert.Contains($"content/publication.yml({line},9): error AL0066: no se encuentra el logotipo 'media/no-existe.png'", result.StdErr + result.StdOut);
        Assert.Equal(1, result.ExitCode);

        // A logo that is there goes on the cover of the Word file and inside the page.
        mini.Replace("content/publication.yml", "media/no-existe.png", "media/ciclo.png");
        var build = Allas.Run(mini.Root, "build", "--out", "out");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("<img class=\"logotipo\" alt=\"Logotipo del proyecto\" src=\"data:image/png;base64,", mini.Read("out/informe.html"));
        using var word = new AlLas.Publishing.Tests.Rendering.Docx.WordFile(mini.PathOf("out/informe.docx"));
        Assert.Contains(word.Body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>(), d => d.Description?.Value == "Logotipo del proyecto");
    }
}
