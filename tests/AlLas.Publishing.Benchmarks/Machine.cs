using System.Globalization;
using System.Runtime.InteropServices;

namespace AlLas.Publishing.Benchmarks;

/// <summary>The machine a report was measured on, as the report prints it.</summary>
public sealed record Machine(int Cores, string Cpu, string Memory, string Os, string Runtime, string Sdk, string? Pandoc)
{
    public static Machine Describe(string? pandoc)
    {
        var cpu = Read("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memKiB = Read("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) is { } m
            ? long.Parse(new string(m.Where(char.IsDigit).ToArray()), CultureInfo.InvariantCulture) : 0;
        var os = Read("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? RuntimeInformation.OSDescription;
        var sdk = ProcessMeasure.Run("dotnet", ["--version"], Environment.CurrentDirectory).StdOut.Trim();
        var pandocVersion = pandoc is null ? null : ProcessMeasure.Run(pandoc, ["--version"], Environment.CurrentDirectory).StdOut.Split('\n')[0].Trim();
        return new Machine(Environment.ProcessorCount, cpu, $"{memKiB / 1024.0 / 1024.0:F1} GiB", $"{os}, kernel {Environment.OSVersion.Version}",
            RuntimeInformation.FrameworkDescription, sdk, pandocVersion);
    }

    /// <summary>The run-queue averages over 1, 5 and 15 minutes: how busy the machine was besides the bench.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static IEnumerable<string> Read(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
