using AlLas.Publishing.Tests.Support;
using Xunit.Sdk;

namespace AlLas.Publishing.Tests.Tools;

public class ExternalToolTests
{
    [Fact]
    public void A_missing_tool_fails_with_its_name_when_tools_are_required()
    {
        // The other branch, Assert.Skip, cannot be observed from inside a test: xunit marks the
        // running test skipped even when the exception is caught.
        var fail = Assert.Throws<FailException>(() => ExternalTool.Unavailable("Herramienta", "apt-get install herramienta", required: true));

        Assert.Contains("needs Herramienta: apt-get install herramienta", fail.Message);
        Assert.Contains("ALLAS_REQUIRE_TOOLS=1", fail.Message);
    }

    [Fact]
    public void Run_returns_exit_code_and_both_streams()
    {
        var result = ExternalTool.Run("/bin/sh", ["-c", "echo salida; echo error >&2; exit 3"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("salida\n", result.StdOut);
        Assert.Equal("error\n", result.StdErr);
    }

    [Fact]
    public void Run_stops_a_program_that_outlives_its_time_limit()
    {
        var started = DateTime.UtcNow;

        var e = Assert.Throws<TimeoutException>(() =>
            ExternalTool.Run("/bin/sh", ["-c", "echo empezado; sleep 30"], timeout: TimeSpan.FromSeconds(1)));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15));
        Assert.Contains("empezado", e.Message);
    }

    [Fact]
    public void The_repository_root_holds_the_solution_and_temp_dirs_go_away()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "AlLas.Publishing.sln")));
        Assert.True(Directory.Exists(RepoPaths.Tests));
        string path;
        using (var tmp = RepoPaths.NewTempDir())
        {
            path = tmp.Path;
            File.WriteAllText(tmp.File("x.txt"), "x");
            Assert.True(Directory.Exists(path));
        }
        Assert.False(Directory.Exists(path));
    }
}
