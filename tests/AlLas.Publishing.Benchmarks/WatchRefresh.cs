using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AlLas.Publishing.Preview;

namespace AlLas.Publishing.Benchmarks;

/// <summary>
/// `allas watch` as a writer meets it, in this process: the preview session serving on 127.0.0.1, a page's
/// event stream open on it, and one chapter saved. Each figure runs from the file write to the reload event
/// read off the stream: the watcher noticing, its quiet time, the rebuild and the event.
/// </summary>
public static class WatchRefresh
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static List<double> Measure(string root, string documentId, string chapter, int runs) => Measure(root, documentId, chapter, runs, out _);

    /// <summary>Also gives the CPU time the process spent per save (all its threads), steadier than wall time on a busy machine.</summary>
    public static List<double> Measure(string root, string documentId, string chapter, int runs, out List<double> cpu)
    {
        cpu = [];
        var self = Process.GetCurrentProcess();
        using var stop = new CancellationTokenSource();
        var log = new ServingLog();
        var port = PreviewSession.FreePort();
        var session = Task.Run(() => new PreviewSession(root, [documentId], log).RunAsync(port, stop.Token));
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Patience };
        var times = new List<double>();
        try
        {
            if (Task.WaitAny([log.Started, session], Patience) < 0 || session.IsCompleted)
                throw new InvalidOperationException($"the preview did not start: {session.Exception?.GetBaseException().Message}");
            using var events = new EventReader(http, $"/_allas/eventos?doc={Uri.EscapeDataString(documentId)}&v={Version(http, documentId)}");
            var original = File.ReadAllText(chapter);
            try
            {
                // One unmeasured save first: the first rebuild in a process pays for compiling its code.
                for (var i = 0; i <= runs; i++)
                {
                    var seen = events.Count;
                    self.Refresh();
                    var cpuBefore = self.TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    File.WriteAllText(chapter, original + $"\nUna frase guardada en la vista previa, la {i}.\n");
                    events.WaitBeyond(seen, Patience);
                    var elapsed = clock.Elapsed.TotalMilliseconds;
                    self.Refresh();
                    if (i > 0)
                    {
                        times.Add(elapsed);
                        cpu.Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                    }
                    if (log.Failures.FirstOrDefault() is { } failure) throw new InvalidOperationException($"the preview rebuild failed: {failure}");
                    // Apart enough that no save falls into the previous one's quiet time.
                    Thread.Sleep(300);
                }
            }
            finally
            {
                File.WriteAllText(chapter, original);
            }
        }
        finally
        {
            stop.Cancel();
            session.Wait(Patience);
        }
        return times;
    }

    private static long Version(HttpClient http, string documentId)
    {
        using var state = JsonDocument.Parse(http.GetStringAsync(LiveReload.StatePath).GetAwaiter().GetResult());
        return state.RootElement.GetProperty("documents").EnumerateArray().First(d => d.GetProperty("id").GetString() == documentId).GetProperty("version").GetInt64();
    }

    private sealed class ServingLog : IPreviewLog
    {
        private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => started.Task;

        public List<string> Failures { get; } = [];

        public void Serving(Uri address, IReadOnlyList<PreviewPage> pages) => started.TrySetResult();

        public void Built(PreviewBuild build, bool problemsChanged, bool first)
        {
            if (!build.Succeeded) lock (Failures) Failures.Add(string.Join("; ", build.Problems));
        }

        public void Stopped()
        {
        }
    }

    /// <summary>The page's Server-Sent Events stream, read in the background; counts the reload events.</summary>
    private sealed class EventReader : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task reader;
        private readonly object gate = new();
        private int count;

        public EventReader(HttpClient http, string path)
        {
            var stream = http.GetStreamAsync(path).GetAwaiter().GetResult();
            reader = Task.Run(async () =>
            {
                var text = new StringBuilder();
                var buffer = new byte[4096];
                try
                {
                    int read;
                    while ((read = await stream.ReadAsync(buffer, stop.Token)) > 0)
                    {
                        text.Append(Encoding.UTF8.GetString(buffer, 0, read));
                        var events = 0;
                        for (var at = 0; (at = text.ToString().IndexOf($"event: {LiveReload.ReloadEvent}\n", at, StringComparison.Ordinal)) >= 0; at++) events++;
                        lock (gate)
                        {
                            count = events;
                            Monitor.PulseAll(gate);
                        }
                    }
                }
                catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException) { }
                finally { await stream.DisposeAsync(); }
            });
        }

        public int Count { get { lock (gate) return count; } }

        public void WaitBeyond(int seen, TimeSpan patience)
        {
            var clock = Stopwatch.StartNew();
            lock (gate)
            {
                while (count <= seen)
                {
                    var left = patience - clock.Elapsed;
                    if (left <= TimeSpan.Zero) throw new TimeoutException("no reload event reached the open page");
                    Monitor.Wait(gate, left);
                }
            }
        }

        public void Dispose()
        {
            stop.Cancel();
            reader.Wait(TimeSpan.FromSeconds(10));
            stop.Dispose();
        }
    }
}
