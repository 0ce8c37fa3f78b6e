namespace AlLas.Publishing.Preview;

/// <summary>
/// Saved files under the watched folders, gathered into batches: an editor's save is often several
/// events (write, rename, attribute change), and a batch ends only once the folder has been quiet a
/// moment. The pending set is bounded; past its limit, or when the system drops events, the batch
/// says "everything".
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    /// <summary>In a batch, stands for "more changed than was kept track of: rebuild everything".</summary>
    public const string Everything = "*";

    private const int MaxPending = 256;

    private readonly string root;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim signal = new(0);
    private readonly object gate = new();
    private DateTime lastEvent;

    public SourceWatcher(string root, IEnumerable<string> folders)
    {
        this.root = root;
        foreach (var folder in folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Saw(e.FullPath);
            watcher.Created += (_, e) => Saw(e.FullPath);
            watcher.Deleted += (_, e) => Saw(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Saw(e.OldFullPath);
                Saw(e.FullPath);
            };
            watcher.Error += (_, _) => Saw(null);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change, then for `quiet` without one, and returns the repository-relative paths that changed.</summary>
    public async Task<IReadOnlyCollection<string>> NextAsync(TimeSpan quiet, CancellationToken cancellation)
    {
        await signal.WaitAsync(cancellation);
        while (true)
        {
            TimeSpan wait;
            lock (gate) wait = lastEvent + quiet - DateTime.UtcNow;
            if (wait <= TimeSpan.Zero) break;
            await Task.Delay(wait, cancellation);
        }
        lock (gate)
        {
            var batch = pending.ToList();
            pending.Clear();
            // Events that arrived while this batch was being taken are in it; their signal is spent here.
            while (signal.CurrentCount > 0) signal.Wait(0);
            return batch;
        }
    }

    /// <summary>Whether a file changed since the last batch was taken (during a build, say).</summary>
    public bool HasPending
    {
        get { lock (gate) return pending.Count > 0; }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        signal.Dispose();
    }

    private void Saw(string? fullPath)
    {
        lock (gate)
        {
            if (fullPath is null || pending.Count >= MaxPending) pending.Add(Everything);
            else if (Path.GetRelativePath(root, fullPath).Replace('\\', '/') is var relative && !IsScratch(relative)) pending.Add(relative);
            else return;
            lastEvent = DateTime.UtcNow;
            if (signal.CurrentCount == 0) signal.Release();
        }
    }

    /// <summary>Editors' swap and backup files, and our own temporary files, are not sources.</summary>
    private static bool IsScratch(string relative)
    {
        if (relative.Split('/').Any(segment => segment.StartsWith('.'))) return true;
        var name = Path.GetFileName(relative);
        return name.Length == 0 || name[0] == '#' || name.EndsWith('~') || name == "4913"
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".part", StringComparison.Ordinal);
    }
}
