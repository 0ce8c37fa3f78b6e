using System.Runtime.InteropServices;
using AlLas.Publishing.Tests.Support;

[assembly: AssemblyFixture(typeof(AlLas.Publishing.Tests.Cli.InstalledTool))]

namespace AlLas.Publishing.Tests.Cli;

/// <summary>
/// `allas` as the README installs it, made once for every test that needs it: `dotnet pack` of the configuration the
/// tests run (its own build outputs, --artifacts-path, so the tree's bin/ and obj/ stay as they are), then
/// `dotnet tool install --tool-path` from that folder alone, offline. On Linux and macOS the package for this machine
/// holds one natively compiled executable (Native AOT), linked with the platform's C toolchain: without one the
/// tests that need it skip (fail under CI). Compiling takes minutes, hence one fixture for the whole assembly.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private const string HowToInstall = "apt-get install gcc libc6-dev (Native AOT links with clang or gcc; https://aka.ms/nativeaot-prerequisites)";
    private readonly TempDir dir = RepoPaths.NewTempDir();
    private readonly Lazy<(Installation? Installed, string? Failure)> installed;

    public InstalledTool() => installed = new(Install);

    public static IReadOnlyDictionary<string, string?> Environment { get; } =
        new Dictionary<string, string?> { ["DOTNET_NOLOGO"] = "1", ["DOTNET_CLI_UI_LANGUAGE"] = "en" };

    public sealed record Installation(string Feed, string ToolPath, string Allas, ProcessResult Pack, ProcessResult Install);

    /// <summary>The installed native `allas`, or the test skips (no C toolchain, or Windows) or fails (pack or install failed).</summary>
    public Installation Require()
    {
        if (OperatingSystem.IsWindows())
            ExternalTool.Unavailable("a native allas on Windows (its linker comes with Visual Studio's C++ tools)", "-p:PublishAot=true with those tools installed");
        if (ExternalTool.Find("clang") is null && ExternalTool.Find("gcc") is null)
            ExternalTool.Unavailable("a C compiler and linker for Native AOT (clang or gcc)", HowToInstall);
        var (installation, failure) = installed.Value;
        if (installation is null) Assert.Fail(failure);
        return installation;
    }

    private (Installation?, string?) Install()
    {
        // bin/<Configuration>/net10.0/: pack the configuration these tests were built in.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var feed = dir.Dir("nupkg");
        var pack = ExternalTool.Run(WatchProcess.DotnetHost(),
            ["pack", Path.Combine(RepoPaths.Root, "src", "AlLas.Publishing.Cli", "AlLas.Publishing.Cli.csproj"),
             "-c", configuration, "-o", feed, "--artifacts-path", dir.Dir("artifacts"), "--disable-build-servers", "-nologo"],
            dir.Path, Environment, TimeSpan.FromMinutes(25));
        if (pack.ExitCode != 0) return (null, $"dotnet pack failed\n{pack}");

        File.WriteAllText(Path.Combine(dir.Path, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        var toolPath = Path.Combine(dir.Path, "tools");
        var install = ExternalTool.Run(WatchProcess.DotnetHost(),
            ["tool", "install", "AlLas.Publishing.Cli", "--tool-path", toolPath, "--add-source", feed, "--configfile", Path.Combine(dir.Path, "nuget.config")],
            dir.Path, Environment, TimeSpan.FromMinutes(5));
        var allas = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "allas.exe" : "allas");
        if (install.ExitCode != 0 || !File.Exists(allas)) return (null, $"dotnet tool install failed\n{pack}\n{install}");
        return (new Installation(feed, toolPath, allas, pack, install), null);
    }

    /// <summary>The runtime identifier the package for this machine carries (linux-x64 here).</summary>
    public static string Runtime => RuntimeInformation.RuntimeIdentifier;

    public void Dispose() => dir.Dispose();
}
