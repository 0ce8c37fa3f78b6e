using System.IO.Compression;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>
/// The CLI as the team installs it (README): `dotnet pack`, then `dotnet tool install` from that folder, then the
/// `allas` command on a publication. The package is RID-specific: a small package that points to the one for each
/// runtime, and for this machine's a natively compiled `allas`, with no managed allas.dll to run on the JIT.
/// </summary>
public class ToolPackageTests(InstalledTool tool)
{
    [Fact]
    public void The_packed_tool_installs_as_a_native_allas_that_runs()
    {
        var installed = tool.Require();

        var packages = Directory.GetFiles(installed.Feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["AlLas.Publishing.Cli.0.1.0.nupkg", $"AlLas.Publishing.Cli.{InstalledTool.Runtime}.0.1.0.nupkg"], packages);
        using (var pointer = ZipFile.OpenRead(Path.Combine(installed.Feed, packages[0]!)))
            Assert.DoesNotContain(pointer.Entries, e => e.Name is "allas" or "allas.dll");

        // What the installed command runs: one executable file for this processor, no allas.dll beside it.
        var executable = new FileInfo(installed.Allas).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? installed.Allas;
        var folder = Path.GetDirectoryName(executable)!;
        Assert.False(File.Exists(Path.Combine(folder, "allas.dll")), $"allas.dll in {folder}: the installed tool runs on the JIT");
        var magic = File.ReadAllBytes(executable)[..4];
        Assert.True(OperatingSystem.IsMacOS() || magic.AsSpan().SequenceEqual("\u007fELF"u8), $"{executable} is not an ELF executable");

        using var tmp = RepoPaths.NewTempDir();
        var version = ExternalTool.Run(installed.Allas, ["--version"], tmp.Path, InstalledTool.Environment);
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Equal(Allas.Run(tmp.Path, "--version").StdOut.Trim(), version.StdOut.Trim());

        using var mini = new MiniPublication();
        var build = ExternalTool.Run(installed.Allas, ["build"], mini.PathOf("content/informe"), InstalledTool.Environment);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(mini.PathOf("out/informe.docx")), build.ToString());
        Assert.True(File.Exists(mini.PathOf("out/informe.html")), build.ToString());

        var typo = ExternalTool.Run(installed.Allas, ["buidl"], tmp.Path, InstalledTool.Environment);
        Assert.Equal(2, typo.ExitCode);
        Assert.Equal("allas: error: «buidl» no es un comando de allas. ¿Quiso decir «build»?", typo.StdErr.Trim());
    }
}
