using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>
/// The CLI as the team installs it: `dotnet pack`, then `dotnet tool install` from that folder, then the
/// `allas` command on a publication. Packs the build these tests run against, offline.
/// </summary>
public class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_and_runs_as_allas()
    {
        using var tmp = RepoPaths.NewTempDir();
        var dotnet = WatchProcess.DotnetHost();
        // bin/<Configuration>/net10.0/: pack the same configuration, already built.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var feed = tmp.Dir("nupkg");
        File.WriteAllText(tmp.File("nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        var environment = new Dictionary<string, string?> { ["DOTNET_NOLOGO"] = "1", ["DOTNET_CLI_UI_LANGUAGE"] = "en" };

        var pack = ExternalTool.Run(dotnet, ["pack", Path.Combine(RepoPaths.Root, "src", "AlLas.Publishing.Cli"), "--no-build", "-c", configuration, "-o", feed],
            tmp.Path, environment, TimeSpan.FromMinutes(5));
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Single(Directory.GetFiles(feed, "AlLas.Publishing.Cli.*.nupkg"));

        var install = ExternalTool.Run(dotnet, ["tool", "install", "AlLas.Publishing.Cli", "--tool-path", tmp.File("tools"), "--add-source", feed, "--configfile", tmp.File("nuget.config")],
            tmp.Path, environment, TimeSpan.FromMinutes(5));
        Assert.True(install.ExitCode == 0, install.ToString());
        var allas = tmp.File("tools/allas");
        Assert.True(File.Exists(allas), install.ToString());

        var version = ExternalTool.Run(allas, ["--version"], tmp.Path, environment);
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Equal(Allas.Run(tmp.Path, "--version").StdOut.Trim(), version.StdOut.Trim());

        using var mini = new MiniPublication();
        var build = ExternalTool.Run(allas, ["build", "--format", "html"], mini.Root, environment);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(mini.PathOf("out/informe.html")));
    }
}
