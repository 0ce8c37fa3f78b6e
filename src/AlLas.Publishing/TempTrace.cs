namespace AlLas.Publishing;

// TEMPORARY profiling aid, removed before the end.
public static class TempTrace
{
    private static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();
    private static readonly bool On = Environment.GetEnvironmentVariable("ALLAS_TRACE") == "1";

    public static void Mark(string what)
    {
        if (!On) return;
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var threadCpu = (long.Parse(fields[11]) + long.Parse(fields[12])) * 10;
        Console.Error.WriteLine($"[trace] {Clock.Elapsed.TotalMilliseconds,7:F0} ms wall {cpu,7:F0} ms cpu (thread {threadCpu} ms) gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} heap {GC.GetTotalMemory(false) >> 20} MB t{Environment.CurrentManagedThreadId} {what}");
    }
}
