using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace AlLas.Publishing.Tests.Support;

/// <summary>What a finished program left behind.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string StdOut, string StdErr)
{
    public override string ToString() =>
        $"{Command}\nexit code {ExitCode}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
}

/// <summary>
/// The common ground of the wrappers around programs nobody on the team wrote: finding them, running
/// them with a time limit, and skipping (or, under ALLAS_REQUIRE_TOOLS=1, failing) where one is missing.
/// </summary>
public static class ExternalTool
{
    public const string RequireToolsVariable = "ALLAS_REQUIRE_TOOLS";

    /// <summary>CI sets ALLAS_REQUIRE_TOOLS=1 so that a missing program can never pass as a skip.</summary>
    public static bool ToolsRequired => Environment.GetEnvironmentVariable(RequireToolsVariable) == "1";

    /// <summary>
    /// LibreOffice, Chromium and the JVM each want a core and a few hundred MB; on a small machine,
    /// running more of them at once than there are cores only makes every one of them time out.
    /// </summary>
    internal static readonly SemaphoreSlim HeavyGate = new(Math.Max(1, Environment.ProcessorCount));

    [DoesNotReturn]
    public static void Unavailable(string tool, string howToInstall) => Unavailable(tool, howToInstall, ToolsRequired);

    [DoesNotReturn]
    internal static void Unavailable(string tool, string howToInstall, bool required)
    {
        var reason = $"needs {tool}: {howToInstall}";
        if (required) Assert.Fail($"{reason} ({RequireToolsVariable}=1 makes a missing tool a failure)");
        Assert.Skip(reason);
        throw new UnreachableException();
    }

    public const string ExternalToolsVariable = "ALLAS_EXTERNAL_TOOLS";

    /// <summary>
    /// ALLAS_EXTERNAL_TOOLS=none: every program but dotnet counts as missing, so that the tests needing one skip even
    /// where a runner happens to have it (the Windows and Linux workflow runs only what the SDK alone can check).
    /// </summary>
    public static bool ToolsDisabled => Environment.GetEnvironmentVariable(ExternalToolsVariable) == "none";

    /// <summary>The first existing file among explicit candidates, then the name looked up on PATH.</summary>
    public static string? Find(string? pathLookupName, params string?[] candidates)
    {
        if (ToolsDisabled && pathLookupName != "dotnet") return null;
        foreach (var c in candidates)
        {
            if (!string.IsNullOrEmpty(c) && File.Exists(c)) return Path.GetFullPath(c);
        }
        if (pathLookupName is null) return null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var full = Path.Combine(dir, pathLookupName);
            if (File.Exists(full)) return full;
        }
        return null;
    }

    /// <summary>
    /// Runs a program to its end, stdin closed (CI has none), both streams captured. On timeout the
    /// whole process tree is killed and a TimeoutException carries what it printed so far.
    /// </summary>
    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                if (value is null) psi.Environment.Remove(key);
                else psi.Environment[key] = value;
            }
        }
        var command = string.Join(' ', new[] { fileName }.Concat(psi.ArgumentList).Select(Quote));

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var limit = timeout ?? TimeSpan.FromMinutes(2);
        if (!process.WaitForExit(limit))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit(5000);
            throw new TimeoutException(
                $"{command} did not finish within {limit.TotalSeconds:0} s\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}");
        }
        process.WaitForExit(); // drains the asynchronous readers
        return new ProcessResult(command, process.ExitCode, stdout.ToString(), stderr.ToString());
    }

    private static string Quote(string s) =>
        s.Length > 0 && s.All(c => char.IsLetterOrDigit(c) || "-_./=:,@+%".Contains(c)) ? s : "'" + s.Replace("'", "'\\''") + "'";
}
