using AlLas.Publishing.Cli;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>A mistyped command line, as a writer types it: a Spanish message, the nearest names, exit code 2.</summary>
public class UsageErrorTests
{
    [Theory]
    [InlineData("buidl", "allas: error: «buidl» no es un comando de allas. ¿Quiso decir «build»?")]
    [InlineData("chek", "allas: error: «chek» no es un comando de allas. ¿Quiso decir «check»?")]
    [InlineData("revew import devuelto.docx", "allas: error: «revew» no es un comando de allas. ¿Quiso decir «review»?")]
    [InlineData("review imprt devuelto.docx", "allas review: error: «imprt» no es un comando de allas review. ¿Quiso decir «import»?")]
    [InlineData("build --fromat docx", "allas build: error: «--fromat» no es una opción de allas build. ¿Quiso decir «--format»?")]
    [InlineData("build --doc cuaderno-2 --qiuet", "allas build: error: «--qiuet» no es una opción de allas build. ¿Quiso decir «--quiet»?")]
    [InlineData("release cuaderno-2 --lable v1", "allas release: error: «--lable» no es una opción de allas release. ¿Quiso decir «--label»?")]
    [InlineData("publicar", "allas: error: «publicar» no es un comando de allas. Vea «allas --help».")]
    public void A_mistyped_command_or_option_gets_one_Spanish_line_with_what_was_meant(string typed, string expected)
    {
        var result = Allas.RunInProcess(typed.Split(' '));

        Assert.Equal(AllasCli.BadInput, result.ExitCode);
        Assert.Equal("", result.StdOut);
        Assert.Equal(expected, result.StdErr.Trim());
    }

    [Fact]
    public void Two_names_as_near_are_both_offered()
    {
        Assert.Equal(["--form", "--format"], UsageErrors.Nearest("--formt", ["--format", "--quiet", "--form"]));
        Assert.Equal(["review"], UsageErrors.Nearest("rev", ["release", "review", "build"]));
        Assert.Empty(UsageErrors.Nearest("xyz", ["build", "check", "stats"]));
    }

    [Fact]
    public void What_is_missing_is_said_in_Spanish()
    {
        var result = Allas.RunInProcess("release");

        Assert.Equal(AllasCli.BadInput, result.ExitCode);
        Assert.Contains("allas release: error: Falta el argumento requerido", result.StdErr);
        Assert.Contains("--label", result.StdErr);
        Assert.Contains("Vea «allas release --help».", result.StdErr);
        Assert.DoesNotContain("Required", result.StdErr);
    }

    [Fact]
    public void The_installed_command_helps_in_Spanish()
    {
        using var tmp = RepoPaths.NewTempDir();
        var root = Allas.Run(tmp.Path, "--help");
        var build = Allas.Run(tmp.Path, "build", "--help");

        Assert.True(root.ExitCode == 0, root.ToString());
        foreach (var heading in new[] { "Descripción:", "Uso:", "Opciones:", "Comandos:" })
            Assert.Contains(heading, root.StdOut);
        Assert.Contains("Mostrar ayuda e información de uso", build.StdOut);
        foreach (var english in new[] { "Usage:", "Options:", "Commands:", "Show help" })
            Assert.DoesNotContain(english, root.StdOut + build.StdOut);

        var typo = Allas.Run(tmp.Path, "buidl");
        Assert.Equal(AllasCli.BadInput, typo.ExitCode);
        Assert.Equal("allas: error: «buidl» no es un comando de allas. ¿Quiso decir «build»?", typo.StdErr.Trim());
    }
}
