using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>
/// `allas watch` running as a user runs it, in its own process, with what it prints kept line by line
/// and an HTTP client for its address. Disposing kills it if the test has not stopped it.
/// </summary>
public sealed class WatchProcess : IDisposable
{
    /// <summary>How long a step may take before the test gives up: a guard against a hang, not a measure.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly List<string> stdout = [];
    private readonly List<string> stderr = [];

    public WatchProcess(string root, params string[] arguments)
    {
        Port = FreePort();
        Address = new Uri($"http://127.0.0.1:{Port}/");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var a in (string[])[Allas.AllasDll, "watch", "--port", Port.ToString(), .. arguments]) start.ArgumentList.Add(a);
        start.Environment["DOTNET_NOLOGO"] = "1";
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.Add(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = true }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public string StdOut { get { lock (stdout) return string.Join("\n", stdout); } }

    public string StdErr { get { lock (stderr) return string.Join("\n", stderr); } }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Waits until the server says where it serves.</summary>
    public WatchProcess Started()
    {
        Until(() => StdOut.Contains($"Vista previa en {Address}") || process.HasExited, "the server to start");
        Assert.False(process.HasExited, $"allas watch ended early (exit code {(process.HasExited ? process.ExitCode : 0)})\n{this}");
        return this;
    }

    public string Get(string path)
    {
        using var response = Http.GetAsync(path).GetAwaiter().GetResult();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{this}");
        return response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
    }

    public void Until(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience) Assert.Fail($"gave up waiting for {what}\n{this}");
            Thread.Sleep(100);
        }
    }

    /// <summary>Ctrl+C, as a terminal sends it: SIGINT to the process.</summary>
    public void Interrupt()
    {
        if (kill(process.Id, SIGINT) != 0) throw new InvalidOperationException($"kill -INT {process.Id} failed: errno {Marshal.GetLastPInvokeError()}");
    }

    public bool WaitForExit(TimeSpan limit)
    {
        if (!process.WaitForExit(limit)) return false;
        process.WaitForExit(); // drains the readers
        return true;
    }

    public override string ToString() => $"--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";

    public void Dispose()
    {
        Http.Dispose();
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        process.Dispose();
    }

    public static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>The dotnet host running these tests, as Allas.Run finds it.</summary>
    internal static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk)) return fromSdk;
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return ExternalTool.Find("dotnet") ?? "dotnet";
    }

    private const int SIGINT = 2;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
