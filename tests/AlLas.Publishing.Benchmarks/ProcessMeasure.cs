using System.Diagnostics;
using System.Globalization;

namespace AlLas.Publishing.Benchmarks;

/// <summary>One run of a program: wall time, the peak resident memory of the process, and what it said.</summary>
public sealed record ProcessRun(TimeSpan Wall, long PeakKiB, double? CpuMs, int ExitCode, string StdOut, string StdErr)
{
    public bool Ok => ExitCode == 0;
}

/// <summary>
/// Runs a program as a user does and measures it. Peak memory is the kernel's high-water mark of the
/// child's resident set: GNU time's "maximum resident set size" when /usr/bin/time is installed, else
/// VmHWM read from /proc/PID/status while the child runs. CPU time (user + system, all threads: the
/// JIT compiles on its own threads) comes from GNU time too; it moves less than wall time when other
/// work shares the machine.
/// </summary>
public static class ProcessMeasure
{
    public const string GnuTime = "/usr/bin/time";

    public static string MemorySource => File.Exists(GnuTime) ? "GNU time (maximum resident set size)" : "/proc/PID/status VmHWM, sampled";

    public static ProcessRun Run(string program, IEnumerable<string> args, string workingDirectory, TimeSpan? timeout = null)
    {
        var useTime = File.Exists(GnuTime);
        var memoryFile = Path.GetTempFileName();
        var info = new ProcessStartInfo(useTime ? GnuTime : program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useTime)
        {
            foreach (var a in new[] { "-f", "%M %U %S", "-o", memoryFile, program }) info.ArgumentList.Add(a);
        }
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        info.Environment["DOTNET_NOLOGO"] = "1";

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long sampled = 0;
        var limit = timeout ?? TimeSpan.FromMinutes(20);
        while (!process.WaitForExit(useTime ? 1000 : 2))
        {
            if (!useTime) sampled = Math.Max(sampled, VmHwm(process.Id));
            if (watch.Elapsed > limit)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', args)} ran over {limit}");
            }
        }
        process.WaitForExit();
        watch.Stop();
        var peak = sampled;
        double? cpu = null;
        if (useTime)
        {
            // The last line: a failing child makes GNU time write "Command exited with non-zero status" first.
            var fields = File.ReadAllLines(memoryFile).LastOrDefault(l => l.Trim().Length > 0)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            if (fields.Length == 3 && long.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib))
            {
                peak = kib;
                cpu = 1000 * (double.Parse(fields[1], CultureInfo.InvariantCulture) + double.Parse(fields[2], CultureInfo.InvariantCulture));
            }
        }
        File.Delete(memoryFile);
        return new ProcessRun(watch.Elapsed, peak, cpu, process.ExitCode, stdout.Result, stderr.Result);
    }

    private static long VmHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var digits = new string(line.Where(char.IsDigit).ToArray());
                return long.Parse(digits, CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }

    /// <summary>A program on PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
