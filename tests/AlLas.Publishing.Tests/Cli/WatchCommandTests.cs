using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>`allas watch` over real HTTP on 127.0.0.1, as a writer's browser sees it.</summary>
public class WatchCommandTests
{
    private const string Chapter = "content/informe/01-oficinas.md";

    [Fact]
    public async Task A_saved_change_reaches_the_served_page_and_open_pages_are_told_to_reload()
    {
        using var mini = new MiniPublication();
        using var watch = new WatchProcess(mini.Root).Started();

        var page = watch.Get("/");
        Assert.Contains("Las oficinas", page);
        Assert.Contains("EventSource", page);
        var cancellation = TestContext.Current.CancellationToken;
        Assert.Equal(File.ReadAllBytes(mini.PathOf("templates/estilos.css")), await watch.Http.GetByteArrayAsync("/informe_archivos/estilos.css", cancellation));
        Assert.Equal(File.ReadAllBytes(mini.PathOf("content/media/ciclo.png")), await watch.Http.GetByteArrayAsync("/informe_archivos/ciclo.png", cancellation));

        // The page's own event stream, opened as its script opens it.
        var version = Regex.Match(page, @"&v=(\d+)").Groups[1].Value;
        using var events = new EventStream(watch, $"/_allas/eventos?doc=informe&v={version}");

        mini.Replace(Chapter, "## Recursos {#sec-recursos}", "## Recursos {#sec-recursos}\n\nFrase guardada durante la vista previa.");

        watch.Until(() => watch.Get("/informe.html").Contains("Frase guardada durante la vista previa."), "the saved sentence in the served page");
        watch.Until(() => events.Text.Contains("event: recarga\ndata: informe\n"), "a reload event for the open page");
        Assert.Contains("informe: actualizado", watch.StdOut);
        Assert.False(Directory.Exists(mini.PathOf("out")), "watch serves from memory and writes nothing");
    }

    [Fact]
    public void After_saves_the_served_page_is_the_page_allas_build_writes()
    {
        using var mini = new MiniPublication();
        using var output = RepoPaths.NewTempDir();
        using var watch = new WatchProcess(mini.Root).Started();
        AssertServedIsBuilt(mini, watch, output, "the first build");

        // A new numbered section with a footnote in the first chapter moves the numbers after it.
        mini.Replace(Chapter, "## Recursos {#sec-recursos}", "## Antecedentes\n\nUna nota más.[^mas]\n\n[^mas]: La nota añadida.\n\n## Recursos {#sec-recursos}");
        AssertServedIsBuilt(mini, watch, output, "a new section and footnote");

        // A section and a citation in the presentation.
        mini.Replace("content/informe/00-presentacion.md", "socios.", "socios [@duchacek1990].\n\n## Alcance\n\nTexto del alcance.");
        AssertServedIsBuilt(mini, watch, output, "a section and a citation in the presentation");

        // A work no longer cited leaves the bibliography annex.
        mini.Replace(Chapter, " [@zapata2007, p. 45]", "");
        AssertServedIsBuilt(mini, watch, output, "a citation removed");
        Assert.DoesNotContain("Zapata", watch.Get("/informe.html"));
    }

    [Fact]
    public void A_save_written_in_steps_ends_in_the_page_allas_build_writes()
    {
        using var mini = new MiniPublication();
        using var output = RepoPaths.NewTempDir();
        using var watch = new WatchProcess(mini.Root).Started();

        // As editors save: the new text to a scratch file beside the chapter, then renamed over it.
        var scratch = mini.PathOf("content/informe/.01-oficinas.md.guardando");
        File.WriteAllText(scratch, mini.Read(Chapter).Replace("## Recursos {#sec-recursos}", "## Recursos {#sec-recursos}\n\nGuardado por renombre."));
        File.Move(scratch, mini.PathOf(Chapter), overwrite: true);
        AssertServedIsBuilt(mini, watch, output, "a save by rename");

        // A slow save in place: half the file, a pause past the quiet time, the rest.
        var text = mini.Read(Chapter).Replace("Guardado por renombre.", "Guardado en dos tiempos, despacio.");
        using (var file = new FileStream(mini.PathOf(Chapter), FileMode.Truncate, FileAccess.Write))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            file.Write(bytes, 0, bytes.Length / 2);
            file.Flush();
            Thread.Sleep(3 * (int)AlLas.Publishing.Preview.PreviewSession.Quiet.TotalMilliseconds);
            file.Write(bytes, bytes.Length / 2, bytes.Length - bytes.Length / 2);
        }
        AssertServedIsBuilt(mini, watch, output, "a save written in two steps");
        Assert.Contains("Guardado en dos tiempos, despacio.", watch.Get("/informe.html"));
    }

    /// <summary>The served page, once watch has caught up, is `allas build --format html`'s page with the preview's script added.</summary>
    private static void AssertServedIsBuilt(MiniPublication mini, WatchProcess watch, TempDir output, string after)
    {
        var build = Allas.Run(mini.Root, "build", "--format", "html", "--out", output.Path);
        Assert.True(build.ExitCode == 0, build.ToString());
        var built = File.ReadAllBytes(Path.Combine(output.Path, "informe.html"));
        string Expected(string served) =>
            System.Text.Encoding.UTF8.GetString(AlLas.Publishing.Preview.LiveReload.Inject(built, "informe", long.Parse(Regex.Match(served, @"&v=(\d+)").Groups[1].Value), []));
        watch.Until(() => watch.Get("/informe.html") is var served && served == Expected(served), $"the served page to be the built page after {after}");
    }

    [Fact]
    public void A_broken_source_keeps_the_last_good_page_and_shows_the_error_in_the_page_and_the_terminal()
    {
        using var mini = new MiniPublication();
        using var watch = new WatchProcess(mini.Root).Started();
        Assert.DoesNotContain("allas-errores", watch.Get("/informe.html"));

        // One save that breaks a reference and adds a sentence: the sentence must not show, the error must.
        mini.Replace(Chapter, "Véase @fig-ciclo", "Una frase nueva. Véase @fig-nada");
        const string error = "content/informe/01-oficinas.md(12,24): error AL0020: referencia cruzada desconocida '@fig-nada'";

        watch.Until(() => watch.Get("/informe.html").Contains("allas-errores"), "the error panel in the served page");
        var broken = watch.Get("/informe.html");
        Assert.Contains(WebUtility.HtmlEncode(error), broken);
        Assert.Contains("Las oficinas", broken);
        Assert.Contains("Véase <a", broken);
        Assert.DoesNotContain("Una frase nueva", broken);
        watch.Until(() => watch.StdErr.Contains(error), "the error in the terminal");
        Assert.Contains("se sigue sirviendo la última versión correcta", watch.StdErr);

        mini.Replace(Chapter, "Véase @fig-nada", "Véase @fig-ciclo");
        watch.Until(() => !watch.Get("/informe.html").Contains("allas-errores"), "the error panel to go once fixed");
        Assert.Contains("Una frase nueva", watch.Get("/informe.html"));
    }

    [Fact]
    public void A_saved_file_rebuilds_only_the_documents_made_from_it_and_shared_data_rebuilds_all()
    {
        using var mini = new MiniPublication();
        Assert.Equal(0, Allas.Run(mini.Root, "init", "cuaderno-3", "--title", "Cuaderno de prueba").ExitCode);
        using var watch = new WatchProcess(mini.Root).Started();
        var before = Versions(watch);
        Assert.Equal(["cuaderno-3", "informe"], before.Keys.Order());

        mini.Replace("content/cuaderno-3/02-contexto.md", "# Contexto", "# Contexto del cuaderno");
        watch.Until(() => Versions(watch)["cuaderno-3"] != before["cuaderno-3"], "cuaderno-3 to be rebuilt");
        // The page's version moves before the line about it reaches the pipe: wait for the line too.
        watch.Until(() => watch.StdOut.Contains("cuaderno-3: actualizado"), "the rebuild of cuaderno-3 to be told");
        Assert.Equal(before["informe"], Versions(watch)["informe"]);
        Assert.DoesNotContain("informe: actualizado", watch.StdOut);
        Assert.Contains("Contexto del cuaderno", watch.Get("/cuaderno-3.html"));

        var middle = Versions(watch);
        mini.Replace("content/publication.yml", "tagline: Ciudades al mundo", "tagline: Ciudades en el mundo");
        watch.Until(() => Versions(watch) is var now && now["informe"] != middle["informe"] && now["cuaderno-3"] != middle["cuaderno-3"], "both documents to be rebuilt");
        Assert.Contains("Ciudades en el mundo", watch.Get("/informe.html"));
        Assert.Contains("Ciudades en el mundo", watch.Get("/cuaderno-3.html"));
        Assert.Contains("Cuaderno de prueba", watch.Get("/"));
    }

    [Fact]
    public void Ctrl_C_stops_the_server_and_frees_the_port()
    {
        using var mini = new MiniPublication();
        using var watch = new WatchProcess(mini.Root).Started();
        using var events = new EventStream(watch, "/_allas/eventos?doc=informe&v=0");
        watch.Until(() => events.Text.Contains("event: recarga"), "the stale page to be told to reload");

        watch.Interrupt();

        Assert.True(watch.WaitForExit(WatchProcess.Patience), $"allas watch did not stop on Ctrl+C\n{watch}");
        Assert.Equal(0, watch.ExitCode);
        Assert.Contains("Vista previa terminada.", watch.StdOut);
        var probe = new TcpListener(IPAddress.Loopback, watch.Port);
        probe.Start();
        probe.Stop();
    }

    [Fact]
    public void A_document_that_never_built_is_served_as_its_errors()
    {
        using var mini = new MiniPublication();
        mini.Replace("content/informe/01-oficinas.md", "[@duchacek1990]", "[@nadie2020]");
        using var watch = new WatchProcess(mini.Root).Started();

        var page = watch.Get("/informe.html");
        Assert.Contains("todavía no se ha podido construir", page);
        Assert.Contains("error AL0012: cita desconocida &#39;nadie2020&#39;", page);
        Assert.Contains("EventSource", page);
    }

    [Fact]
    public void Bad_usage_exits_with_code_2()
    {
        using var mini = new MiniPublication();
        var unknown = Allas.Run(mini.Root, "watch", "--doc", "cuaderno-9", "--port", "0");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no hay documento 'cuaderno-9'", unknown.StdErr);

        var badPort = Allas.Run(mini.Root, "watch", "--port", "70000");
        Assert.Equal(2, badPort.ExitCode);
        Assert.Contains("70000", badPort.StdErr);

        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var busy = Allas.Run(mini.Root, "watch", "--port", port.ToString());
            Assert.Equal(2, busy.ExitCode);
            Assert.Contains($"127.0.0.1:{port}", busy.StdErr);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public void Chromium_runs_the_page_script_and_shows_the_error_panel_over_the_last_good_page()
    {
        var chromium = Chromium.Require();
        using var mini = new MiniPublication();
        using var watch = new WatchProcess(mini.Root).Started();
        mini.Replace(Chapter, "Véase @fig-ciclo", "Véase @fig-nada");
        watch.Until(() => watch.Get("/informe.html").Contains("allas-errores"), "the error panel");

        var dom = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(chromium.DumpDom(new Uri(watch.Address, "informe.html").ToString()));

        var panel = dom.GetElementById("allas-errores");
        Assert.NotNull(panel);
        Assert.Contains("AL0020", panel.TextContent);
        Assert.Contains("Las oficinas", dom.Body!.TextContent);
        Assert.NotNull(dom.QuerySelector("img[src$='ciclo.png']"));
    }

    private static Dictionary<string, long> Versions(WatchProcess watch)
    {
        using var state = JsonDocument.Parse(watch.Get("/_allas/estado"));
        return state.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("version").GetInt64());
    }

    /// <summary>A Server-Sent Events stream read in the background, as the page's EventSource reads it.</summary>
    private sealed class EventStream : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly System.Text.StringBuilder text = new();
        private readonly Task reader;

        public EventStream(WatchProcess watch, string path)
        {
            var stream = watch.Http.GetStreamAsync(path).GetAwaiter().GetResult();
            reader = Task.Run(async () =>
            {
                var buffer = new byte[4096];
                try
                {
                    int read;
                    while ((read = await stream.ReadAsync(buffer, stop.Token)) > 0)
                        lock (text) text.Append(System.Text.Encoding.UTF8.GetString(buffer, 0, read));
                }
                catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException) { }
                finally { await stream.DisposeAsync(); }
            });
        }

        public string Text { get { lock (text) return text.ToString(); } }

        public void Dispose()
        {
            stop.Cancel();
            reader.Wait(TimeSpan.FromSeconds(10));
            stop.Dispose();
        }
    }
}
