using System.Text.RegularExpressions;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>What every command shares: help with an example, the version, --quiet, and colour only for a person at a terminal.</summary>
public class CommandSurfaceTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("stats")]
    [InlineData("watch")]
    [InlineData("init")]
    [InlineData("release")]
    [InlineData("reference-docx")]
    [InlineData("review")]
    [InlineData("review extract")]
    [InlineData("review import")]
    [InlineData("review list")]
    [InlineData("review respond")]
    [InlineData("review apply")]
    [InlineData("review matrix")]
    public void Every_command_has_help_with_an_example_of_itself(string command)
    {
        using var tmp = RepoPaths.NewTempDir();
        var result = Allas.Run(tmp.Path, [.. command.Split(' '), "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(new Regex($@"Ejemplos?:\s*allas {command}\b"), result.StdOut);
        Assert.Contains("--quiet", result.StdOut);
    }

    [Fact]
    public void The_root_help_lists_every_command()
    {
        using var tmp = RepoPaths.NewTempDir();
        var result = Allas.Run(tmp.Path, "--help");
        foreach (var command in new[] { "build", "check", "stats", "watch", "init", "release", "review", "reference-docx" })
            Assert.Matches(new Regex($@"^\s+{command}\s", RegexOptions.Multiline), result.StdOut);
    }

    [Fact]
    public void Version_names_the_release_and_the_commit_it_was_built_from()
    {
        using var tmp = RepoPaths.NewTempDir();
        var result = Allas.Run(tmp.Path, "--version");

        Assert.True(result.ExitCode == 0, result.ToString());
        var version = result.StdOut.Trim();
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9a-f]{7,40})?$", version);
        // Built in a git checkout, the version ends with the commit built (HEAD may have moved on since).
        if (ExternalTool.Run("git", ["-C", RepoPaths.Root, "rev-parse", "HEAD"]).ExitCode == 0)
        {
            var commit = Regex.Match(version, @"\+([0-9a-f]{40})$");
            Assert.True(commit.Success, version);
            Assert.Equal(0, ExternalTool.Run("git", ["-C", RepoPaths.Root, "cat-file", "-e", commit.Groups[1].Value + "^{commit}"]).ExitCode);
        }
    }

    [Fact]
    public void Quiet_prints_only_errors()
    {
        using var mini = new MiniPublication();
        mini.Replace("content/informe/document.yml", "pages: 2", "pages: 1");

        var build = Allas.Run(mini.Root, "build", "--format", "html", "--quiet");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal("", build.StdOut + build.StdErr);
        Assert.True(File.Exists(mini.PathOf("out/informe.html")));

        var check = Allas.Run(mini.Root, "check", "-q");
        Assert.Equal(0, check.ExitCode);
        Assert.Equal("", check.StdOut + check.StdErr);

        mini.Replace("content/informe/01-oficinas.md", "Véase @fig-ciclo", "Véase @fig-nada");
        var broken = Allas.Run(mini.Root, "check", "-q");
        Assert.Equal(1, broken.ExitCode);
        Assert.Equal("content/informe/01-oficinas.md(12,7): error AL0020: referencia cruzada desconocida '@fig-nada'", broken.StdOut.Trim());
    }

    [Fact]
    public void Output_to_a_pipe_is_plain_and_a_terminal_gets_colour_unless_NO_COLOR()
    {
        using var mini = new MiniPublication();
        mini.Replace("content/informe/document.yml", "pages: 2", "pages: 1");

        var piped = Allas.Run(mini.Root, "check");
        Assert.Contains("warning AL0057", piped.StdOut);
        Assert.DoesNotMatch(Colour, piped.StdOut + piped.StdErr);

        // `script` gives the command a pseudo-terminal, as a person's terminal would.
        var script = ExternalTool.Find("script", "/usr/bin/script");
        if (script is null) ExternalTool.Unavailable("script (util-linux)", "apt-get install util-linux");
        var command = $"{Quote(WatchProcess.DotnetHost())} {Quote(Allas.AllasDll)} check";
        var terminal = ExternalTool.Run(script, ["-q", "-e", "-c", command, "/dev/null"], mini.Root, new Dictionary<string, string?> { ["TERM"] = "xterm", ["NO_COLOR"] = null });
        Assert.Contains("\u001b[1;33mwarning\u001b[0m AL0057", terminal.StdOut);

        var noColour = ExternalTool.Run(script, ["-q", "-e", "-c", command, "/dev/null"], mini.Root, new Dictionary<string, string?> { ["TERM"] = "xterm", ["NO_COLOR"] = "1" });
        Assert.Contains("warning AL0057", noColour.StdOut);
        Assert.DoesNotMatch(Colour, noColour.StdOut);
    }

    /// <summary>An SGR sequence (colour or weight); a terminal also gets other control sequences from the runtime.</summary>
    private static readonly Regex Colour = new("\u001b\\[[0-9;]*m");

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''") + "'";
}
