using AlLas.Publishing.Cli;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Tools;

public class CliTests
{
    [Fact]
    public void The_built_command_runs_as_a_process_and_lists_its_commands()
    {
        using var tmp = RepoPaths.NewTempDir();

        var result = Allas.Run(tmp.Path, "--help");

        Assert.True(result.ExitCode == AllasCli.Ok, result.ToString());
        Assert.Contains("build", result.StdOut);
    }

    [Fact]
    public void An_unknown_option_exits_with_the_bad_input_code_in_both_variants()
    {
        using var tmp = RepoPaths.NewTempDir();

        var process = Allas.Run(tmp.Path, "build", "--no-such-option");
        var inProcess = Allas.RunInProcess("build", "--no-such-option");

        Assert.True(process.ExitCode == AllasCli.BadInput, process.ToString());
        Assert.Contains("--no-such-option", process.StdErr);
        Assert.Equal(process.ExitCode, inProcess.ExitCode);
        Assert.Contains("--no-such-option", inProcess.StdErr);
    }
}
