using AlLas.Publishing.Cli;
using AlLas.Publishing.Cli.Commands;

namespace AlLas.Publishing.Tests.Support;

/// <summary>
/// The `allas` command as a user runs it. The test project references the CLI project, so allas.dll
/// sits in the tests' output folder.
/// </summary>
public static class Allas
{
    public static string AllasDll => Path.Combine(AppContext.BaseDirectory, "allas.dll");

    /// <summary>
    /// `dotnet allas.dll args...` in its own process, in workingDirectory: the safe way for commands
    /// that resolve content/ or out/ from the current directory. `build` estimates the contents' pages
    /// unless the environment given sets ALLAS_ESTIMATE_PAGES: laying every test's drafts out in
    /// LibreOffice would cost minutes, and the tests of that layout ask for it.
    /// </summary>
    public static ProcessResult Run(
        string workingDirectory,
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var withDefaults = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>());
        withDefaults.TryAdd(BuildCommand.EstimatePagesVariable, "1");
        return ExternalTool.Run(DotnetHost(), [AllasDll, .. args], workingDirectory, withDefaults, timeout ?? TimeSpan.FromMinutes(3));
    }

    public static ProcessResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, args, null);

    /// <summary>
    /// AllasCli.Run in this process: fast, but relative paths resolve against the test process's
    /// current directory, which is shared by all tests; pass absolute paths or use Run.
    /// </summary>
    public static ProcessResult RunInProcess(params string[] args) => RunInProcessAt(null, args);

    /// <summary>AllasCli.Run in this process as if started in <paramref name="workingDirectory"/>: relative paths and the repository resolve there.</summary>
    public static ProcessResult RunInProcessAt(string? workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = AllasCli.Run(args, output, error, workingDirectory);
        return new ProcessResult("allas " + string.Join(' ', args), code, output.ToString(), error.ToString());
    }

    /// <summary>`dotnet allas.dll args...` started and left running, its output discarded: for tests that kill it midway.</summary>
    public static System.Diagnostics.Process Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(DotnetHost()) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(AllasDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = System.Diagnostics.Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The dotnet host that runs these tests, so that the CLI runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk)) return fromSdk;
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, "dotnet"))) return Path.Combine(root, "dotnet");
        return ExternalTool.Find("dotnet") ?? "dotnet";
    }
}
