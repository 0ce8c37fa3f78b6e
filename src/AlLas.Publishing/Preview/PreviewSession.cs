using AlLas.Publishing.Content;

namespace AlLas.Publishing.Preview;

/// <summary>What the preview tells the writer at the terminal.</summary>
public interface IPreviewLog
{
    void Serving(Uri address, IReadOnlyList<PreviewPage> pages);

    /// <summary>After each build of a document; `first` for the builds before the server starts.</summary>
    void Built(PreviewBuild build, bool problemsChanged, bool first);

    void Stopped();
}

/// <summary>
/// `allas watch`: builds the documents, serves them, and rebuilds those a saved file touches, until
/// cancelled (Ctrl+C). Only content/ and templates/ are watched; nothing is written to disk.
/// </summary>
public sealed class PreviewSession(string root, IReadOnlyCollection<string> documentIds, IPreviewLog log)
{
    /// <summary>
    /// How long the sources must be still before a batch of saves is rebuilt: long enough for the steps of one
    /// editor's save (write a temporary file, rename, touch), short enough not to be felt. A save that goes on
    /// past it is caught after the build (see <see cref="MaxHeldBuilds"/>).
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);

    /// <summary>
    /// A build during which the sources changed again may have read a file half-written: it is held back and
    /// the sources built again once quiet, up to this many times in a row (then published, so that a file
    /// rewritten without pause still shows).
    /// </summary>
    public const int MaxHeldBuilds = 3;

    public async Task RunAsync(int port, CancellationToken cancellation)
    {
        var site = new PreviewSite();
        var builder = new PreviewBuilder(root, documentIds, site);
        var ids = builder.DocumentIds();
        foreach (var id in documentIds.Where(id => !ids.Contains(id)))
            throw new SourceException(Paths.Content, "AL0008", $"no hay documento '{id}' (documentos: {string.Join(", ", new PreviewBuilder(root, [], site).DocumentIds())})");

        // Watching starts before the first build, so that a file saved during it is not missed.
        using var watcher = new SourceWatcher(root, [Paths.Content, Paths.Templates]);
        var warnings = new Dictionary<string, string>(StringComparer.Ordinal);
        void Report(IEnumerable<PreviewBuild> builds, bool first)
        {
            foreach (var build in builds)
            {
                var key = string.Join("\n", build.Problems);
                var changed = !warnings.TryGetValue(build.DocumentId, out var before) || before != key;
                warnings[build.DocumentId] = key;
                log.Built(build, changed, first);
            }
        }
        Report(builder.Build(ids), first: true);

        using var server = new PreviewServer(site, port == 0 ? FreePort() : port);
        server.Start();
        log.Serving(server.Address, site.Pages);
        var serving = server.RunAsync(cancellation);
        try
        {
            var changed = new HashSet<string>(StringComparer.Ordinal);
            var held = 0;
            while (!cancellation.IsCancellationRequested)
            {
                changed.UnionWith(await watcher.NextAsync(Quiet, cancellation));
                var builds = builder.Build(builder.Affected(changed), changed, held < MaxHeldBuilds ? () => watcher.HasPending : null);
                Report(builds.Where(b => !b.Superseded), first: false);
                if (builds.Any(b => b.Superseded))
                {
                    // Built again with the next batch, which holds the newer saves.
                    held++;
                    continue;
                }
                held = 0;
                changed.Clear();
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        await serving;
        log.Stopped();
    }

    /// <summary>A port nothing listens on now; HttpListener cannot be asked for one itself.</summary>
    public static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
