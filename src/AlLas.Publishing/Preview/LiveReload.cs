using System.Net;
using System.Text;

namespace AlLas.Publishing.Preview;

/// <summary>
/// What the preview adds to a page as it serves it, never to a built file: a script that reloads the
/// page when its document changes, and, while the sources have errors, a panel listing them over the
/// last good page.
/// </summary>
public static class LiveReload
{
    public const string EventsPath = "/_allas/eventos";
    public const string StatePath = "/_allas/estado";
    public const string ReloadEvent = "recarga";
    public const string OverlayId = "allas-errores";

    /// <summary>Adds the panel and the script just before &lt;/body&gt;; documentId "*" reloads on any change.</summary>
    public static byte[] Inject(byte[] html, string documentId, long version, IEnumerable<Content.Diagnostic> errors)
    {
        var parts = Parts(html, documentId, version, errors);
        var page = new byte[parts.Sum(p => p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(page.AsMemory(at));
            at += part.Length;
        }
        return page;
    }

    /// <summary>
    /// The page with the additions, as the parts to send one after the other: a long document's page is
    /// megabytes, served at every reload, and is not copied for it.
    /// </summary>
    public static ReadOnlyMemory<byte>[] Parts(byte[] html, string documentId, long version, IEnumerable<Content.Diagnostic> errors)
    {
        var addition = Encoding.UTF8.GetBytes(Overlay(errors) + Script(documentId, version));
        var end = BodyEnd(html);
        return [html.AsMemory(0, end), addition, html.AsMemory(end)];
    }

    /// <summary>Where the last &lt;/body&gt; (any case) starts, or the page's end; ASCII, so UTF-8 bytes compare as characters.</summary>
    private static int BodyEnd(byte[] html)
    {
        var tag = "</body>"u8;
        for (var at = html.Length - tag.Length; at >= 0; at--)
        {
            if (html[at] == '<' && Ascii.EqualsIgnoreCase(html.AsSpan(at, tag.Length), tag)) return at;
        }
        return html.Length;
    }

    /// <summary>A page for a document that has never built: nothing but its errors, still reloading itself.</summary>
    public static byte[] ErrorPage(string documentId, long version, IEnumerable<Content.Diagnostic> errors) =>
        Inject(Encoding.UTF8.GetBytes(
            $"""
            <!DOCTYPE html>
            <html lang="es"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(documentId)}: errores</title></head>
            <body style="font-family: sans-serif; margin: 2rem"><h1>{WebUtility.HtmlEncode(documentId)}</h1><p>El documento todavía no se ha podido construir.</p></body></html>
            """), documentId, version, errors);

    public static string Overlay(IEnumerable<Content.Diagnostic> errors)
    {
        var list = errors.ToList();
        if (list.Count == 0) return "";
        var lines = string.Join("\n", list.Select(e => WebUtility.HtmlEncode(e.ToString())));
        return $"""

            <div id="{OverlayId}" role="alert" style="position: fixed; left: 1rem; right: 1rem; bottom: 1rem; max-height: 45vh; overflow: auto; z-index: 2147483647; background: #fff5f5; color: #5c0000; border: 2px solid #b00020; border-radius: 6px; box-shadow: 0 4px 24px rgba(0,0,0,.25); padding: .75rem 1rem; font: 14px/1.4 system-ui, sans-serif">
            <p style="margin: 0 0 .5rem"><strong>Las fuentes tienen {(list.Count == 1 ? "un error" : $"{list.Count} errores")}.</strong> Se muestra la última versión correcta; la página se actualiza sola al guardar la corrección.</p>
            <pre style="margin: 0; white-space: pre-wrap; font: 13px/1.4 ui-monospace, monospace">{lines}</pre>
            </div>
            """;
    }

    public static string Script(string documentId, long version) =>
        $$"""

        <script>
        (function () {
          var doc = "{{Js(documentId)}}";
          var events = new EventSource("{{EventsPath}}?doc=" + encodeURIComponent(doc) + "&v={{version}}");
          events.addEventListener("{{ReloadEvent}}", function (e) {
            if (doc === "*" || e.data === doc) { events.close(); location.reload(); }
          });
        })();
        </script>

        """;

    private static string Js(string text) => System.Text.Json.JsonEncodedText.Encode(text).ToString();
}
