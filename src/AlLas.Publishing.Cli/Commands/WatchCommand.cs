using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using AlLas.Publishing.Content;
using AlLas.Publishing.Preview;

namespace AlLas.Publishing.Cli.Commands;

/// <summary>`allas watch`: the HTML of the documents on http://127.0.0.1:PORT, rebuilt and reloaded as sources are saved.</summary>
public static class WatchCommand
{
    public const int DefaultPort = 4000;

    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port") { Description = $"Puerto de 127.0.0.1 (0 = uno libre cualquiera). Por omisión, {DefaultPort}.", DefaultValueFactory = _ => DefaultPort };
        var docs = new Option<string[]>("--doc") { Description = "Documento a servir (id = nombre de su carpeta en content/); se puede repetir. Por omisión, todos." };
        var command = new Command("watch", """
            Sirve el HTML de los documentos en http://127.0.0.1:PUERTO y lo reconstruye al guardar un archivo de
            content/ o templates/ (solo los documentos afectados); la página abierta se recarga sola. Si una
            fuente tiene errores, se siguen sirviendo las últimas páginas correctas con los errores encima, y
            se listan aquí. No escribe nada en disco. Ctrl+C termina.

            Ejemplo:
              allas watch --port 4000 --doc cuaderno-2
            """)
        {
            port, docs,
        };
        command.SetAction(parse => console.Guard(() =>
        {
            var root = Workspace.Root();
            var requested = parse.GetValue(port);
            if (requested is < 0 or > 65535)
                throw new SourceException("--port", "AL0073", $"el puerto {requested} no existe (0 a 65535)");

            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            try
            {
                new PreviewSession(root, parse.GetValue(docs) ?? [], new ConsoleLog(console)).RunAsync(requested, stop.Token).GetAwaiter().GetResult();
            }
            catch (HttpListenerException e)
            {
                throw new SourceException("--port", "AL0074", $"no se puede escuchar en 127.0.0.1:{requested}: {e.Message} (pruebe otro --port, o --port 0)");
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
            return AllasCli.Ok;
        }));
        return command;
    }

    private sealed class ConsoleLog(CliConsole console) : IPreviewLog
    {
        public void Serving(Uri address, IReadOnlyList<PreviewPage> pages)
        {
            console.Out.WriteLine($"Vista previa en {address} (Ctrl+C para terminar)");
            foreach (var page in pages) console.Out.WriteLine($"  {address}{page.PagePath}");
        }

        public void Built(PreviewBuild build, bool problemsChanged, bool first)
        {
            var time = DateTime.Now.ToString("HH:mm:ss");
            if (build.Removed)
            {
                Line(console.Out, $"[{time}] {build.DocumentId}: ya no existe; deja de servirse");
                return;
            }
            if (!build.Succeeded)
            {
                foreach (var problem in build.Problems) console.Error.WriteLine(Terminal.Paint(console.Error, problem));
                console.Error.WriteLine(Terminal.Paint(console.Error, $"[{time}] {build.DocumentId}: errores en las fuentes; se sigue sirviendo la última versión correcta", Terminal.Red));
                return;
            }
            if (problemsChanged && !console.Quiet)
            {
                foreach (var warning in build.Problems) console.Error.WriteLine(Terminal.Paint(console.Error, warning));
            }
            var count = build.Problems.Count;
            if (first) return;
            Line(console.Out, $"[{time}] {build.DocumentId}: actualizado{(count > 0 ? $" ({count} aviso{(count == 1 ? "" : "s")})" : "")}");
        }

        public void Stopped() => Line(console.Out, "Vista previa terminada.");

        private void Line(TextWriter writer, string text)
        {
            if (!console.Quiet) writer.WriteLine(Terminal.Paint(writer, text, Terminal.Dim));
        }
    }
}
