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
    /// <summary>How long the sources must be still before a batch of saves is rebuilt.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

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
            while (!cancellation.IsCancellationRequested)
            {
                var changed = await watcher.NextAsync(Quiet, cancellation);
                Report(builder.Build(builder.Affected(changed)), first: false);
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
