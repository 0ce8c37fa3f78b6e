using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace AlLas.Publishing.Preview;

/// <summary>
/// Serves the <see cref="PreviewSite"/> on http://127.0.0.1:PORT/ with HttpListener (part of .NET, no
/// web framework needed), and tells open pages over Server-Sent Events when their document changed.
/// Only the loopback address: the preview shows drafts to the writer at this machine, no one else.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    /// <summary>Open event streams at once; past that a page still loads, it just does not reload itself.</summary>
    public const int MaxEventStreams = 32;

    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private readonly PreviewSite site;
    private readonly HttpListener listener = new();
    private readonly List<Channel<string>> streams = [];
    private readonly object gate = new();

    public PreviewServer(PreviewSite site, int port)
    {
        this.site = site;
        Address = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Address.ToString());
        listener.IgnoreWriteExceptions = true;
        site.Changed += Notify;
    }

    public Uri Address { get; }

    /// <summary>Starts listening; throws HttpListenerException when the port is taken.</summary>
    public void Start() => listener.Start();

    /// <summary>Answers requests until cancelled, then closes every open stream.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        var handlers = new List<Task>();
        using var stop = cancellation.Register(() => listener.Stop());
        while (!cancellation.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (cancellation.IsCancellationRequested)
            {
                break;
            }
            catch (HttpListenerException)
            {
                continue;
            }
            handlers.RemoveAll(t => t.IsCompleted);
            handlers.Add(Task.Run(() => HandleAsync(context, cancellation), CancellationToken.None));
        }
        lock (gate)
        {
            foreach (var stream in streams) stream.Writer.TryComplete();
        }
        await Task.WhenAll(handlers).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public void Dispose()
    {
        site.Changed -= Notify;
        listener.Close();
    }

    private void Notify(string documentId)
    {
        lock (gate)
        {
            foreach (var stream in streams) stream.Writer.TryWrite(documentId);
        }
    }

    private async Task HandleAsync(HttpListenerContext context, CancellationToken cancellation)
    {
        var response = context.Response;
        try
        {
            response.Headers["Cache-Control"] = "no-store";
            var method = context.Request.HttpMethod;
            if (method is not ("GET" or "HEAD"))
            {
                await Send(context, 405, "text/plain; charset=utf-8", "solo GET"u8.ToArray());
                return;
            }
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            switch (path)
            {
                case LiveReload.EventsPath:
                    await StreamEvents(context, cancellation);
                    return;
                case LiveReload.StatePath:
                    await Send(context, 200, "application/json; charset=utf-8", State());
                    return;
                case "/":
                    await Index(context);
                    return;
                case "/favicon.ico":
                    await Send(context, 204, "text/plain", Array.Empty<byte>());
                    return;
            }
            await File(context, path.TrimStart('/'));
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The browser went away mid-answer; nothing to tell it.
        }
        finally
        {
            try { response.Close(); } catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException) { }
        }
    }

    private async Task File(HttpListenerContext context, string path)
    {
        var id = path.EndsWith(".html", StringComparison.Ordinal) ? path[..^5] : null;
        if (id is not null && site.Page(id) is { } page)
        {
            var html = page.Files.TryGetValue(page.PagePath, out var built)
                ? LiveReload.Parts(built, page.Id, page.Version, page.Errors)
                : [LiveReload.ErrorPage(page.Id, page.Version, page.Errors)];
            await Send(context, 200, "text/html; charset=utf-8", html);
            return;
        }
        if (!path.Split('/').Contains("..") && site.TryGetFile(path, out _, out var content))
        {
            await Send(context, 200, ContentType(path), content);
            return;
        }
        await Send(context, 404, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>No encontrado</title></head><body><p>No hay nada en /{WebUtility.HtmlEncode(path)}. <a href=\"/\">Documentos</a></p></body></html>"));
    }

    private async Task Index(HttpListenerContext context)
    {
        var pages = site.Pages;
        if (pages.Count == 1)
        {
            context.Response.Redirect($"/{pages[0].PagePath}");
            await Send(context, 302, "text/plain; charset=utf-8", Array.Empty<byte>());
            return;
        }
        var items = string.Concat(pages.Select(p =>
            $"<li><a href=\"/{WebUtility.HtmlEncode(p.PagePath)}\">{WebUtility.HtmlEncode(p.Title)}</a> <small>({WebUtility.HtmlEncode(p.Id)}{(p.HasErrors ? ", con errores" : "")})</small></li>"));
        var html = Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>Documentos</title></head><body style=\"font-family: sans-serif; margin: 2rem\"><h1>Documentos</h1><ul>{items}</ul></body></html>");
        await Send(context, 200, "text/html; charset=utf-8", LiveReload.Inject(html, "*", pages.Select(p => p.Version).DefaultIfEmpty().Max(), []));
    }

    /// <summary>
    /// One Server-Sent Events stream per open page. A page that connects with a version older than
    /// its document's current one (it changed while the page loaded) is told to reload at once.
    /// </summary>
    private async Task StreamEvents(HttpListenerContext context, CancellationToken cancellation)
    {
        var response = context.Response;
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (gate)
        {
            if (streams.Count >= MaxEventStreams) channel = null;
            else streams.Add(channel);
        }
        if (channel is null)
        {
            await Send(context, 503, "text/plain; charset=utf-8", "demasiadas páginas abiertas"u8.ToArray());
            return;
        }
        try
        {
            response.StatusCode = 200;
            response.ContentType = "text/event-stream; charset=utf-8";
            response.SendChunked = true;
            var output = response.OutputStream;
            await Write(output, "retry: 1000\n\n", cancellation);

            var doc = context.Request.QueryString["doc"] ?? "*";
            var seen = long.TryParse(context.Request.QueryString["v"], out var v) ? v : -1;
            var current = doc == "*" ? site.Pages.Select(p => p.Version).DefaultIfEmpty().Max() : site.Page(doc)?.Version ?? -1;
            if (seen != current) await Write(output, Event(doc), cancellation);

            while (!cancellation.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                wait.CancelAfter(Heartbeat);
                try
                {
                    if (!await channel.Reader.WaitToReadAsync(wait.Token)) break;
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    // A comment line now and then finds out whether the page is still there.
                    await Write(output, ": sigue\n\n", cancellation);
                    continue;
                }
                while (channel.Reader.TryRead(out var changed)) await Write(output, Event(changed), cancellation);
            }
        }
        finally
        {
            lock (gate) streams.Remove(channel);
        }
    }

    private static string Event(string documentId) => $"event: {LiveReload.ReloadEvent}\ndata: {documentId}\n\n";

    private static async Task Write(Stream output, string text, CancellationToken cancellation)
    {
        await output.WriteAsync(Encoding.UTF8.GetBytes(text), cancellation);
        await output.FlushAsync(cancellation);
    }

    private byte[] State()
    {
        // JSON nodes rather than serialized anonymous objects, so that the natively compiled CLI (PublishAot, which
        // has no reflection-based serializer) serves the same state as the JIT-compiled one. Added as JsonNode:
        // JsonArray.Add<T> would wrap the object as a value, which needs that serializer.
        var documents = new JsonArray();
        foreach (var p in site.Pages)
        {
            var problems = new JsonArray();
            foreach (var d in p.Problems)
                problems.Add((JsonNode)new JsonObject { ["severity"] = d.Severity.ToString().ToLowerInvariant(), ["location"] = d.Location, ["code"] = d.Code, ["message"] = d.Message });
            documents.Add((JsonNode)new JsonObject
            {
                ["id"] = p.Id,
                ["title"] = p.Title,
                ["version"] = p.Version,
                ["built"] = p.Files.ContainsKey(p.PagePath),
                ["problems"] = problems,
            });
        }
        var state = new JsonObject { ["documents"] = documents };
        return Encoding.UTF8.GetBytes(state.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static Task Send(HttpListenerContext context, int status, string contentType, byte[] body) =>
        Send(context, status, contentType, [body]);

    private static async Task Send(HttpListenerContext context, int status, string contentType, ReadOnlyMemory<byte>[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Sum(part => (long)part.Length);
        if (context.Request.HttpMethod == "HEAD") return;
        foreach (var part in body) await response.OutputStream.WriteAsync(part);
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
