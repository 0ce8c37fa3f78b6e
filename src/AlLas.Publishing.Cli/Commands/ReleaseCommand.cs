using System.CommandLine;
using AlLas.Publishing.Content;
using AlLas.Publishing.Releases;

namespace AlLas.Publishing.Cli.Commands;

/// <summary>`allas release DOC --label LABEL`: a draft for the coordinators, built from committed sources and recorded.</summary>
public static class ReleaseCommand
{
    public static Command Create(CliConsole console)
    {
        var document = new Argument<string>("documento") { Description = "Documento a publicar (id = nombre de su carpeta en content/)." };
        var label = new Option<string>("--label") { Description = "Etiqueta de la versión, p. ej. v0.2-preliminar.", Required = true };
        var output = new Option<string?>("--out") { Description = "Carpeta donde dejar el .docx. Por omisión, out/ en la raíz del repositorio." };
        var date = new Option<string?>("--date") { Description = "Fecha de la versión (AAAA-MM-DD); por omisión, hoy." };
        var final = new Option<bool>("--final") { Description = "Versión final: se niega mientras queden comentarios abiertos." };
        var force = new Option<bool>("--force") { Description = "Con --final: publica aunque queden comentarios abiertos (exige --reason)." };
        var reason = new Option<string?>("--reason") { Description = "Con --force: el motivo, que queda anotado en el registro de la versión." };
        var command = new Command("release",
            "Publica una versión de un documento para los revisores: construye el Word desde las fuentes confirmadas en git, con la etiqueta y la confirmación en la portada y en sus propiedades, y la registra en content/<doc>/versiones/.\n\nEjemplo: allas release cuaderno-2 --label v0.2-preliminar")
        {
            document, label, output, date, final, force, reason,
        };
        command.SetAction(parsed => console.Guard(() =>
        {
            if (parsed.GetValue(force) && string.IsNullOrWhiteSpace(parsed.GetValue(reason)))
                throw new SourceException("--force", "AL0130", "--force necesita --reason con el motivo, que queda en el registro de la versión");
            var root = Workspace.Root();
            using var writing = ContentLock.Acquire(root);
            var builder = new ReleaseBuilder(root, r => Writers.All(r).FirstOrDefault(w => w.Format == "docx"));
            var result = builder.Release(parsed.GetValue(document)!, parsed.GetValue(label)!, Workspace.Output(root, parsed.GetValue(output)),
                parsed.GetValue(date), parsed.GetValue(final), parsed.GetValue(force) ? parsed.GetValue(reason) : null);
            var record = result.Record;
            console.Out.WriteLine($"versión {record.Label} de {record.Document}: {Path.GetRelativePath(Workspace.Directory, result.DocxPath)}");
            console.Out.WriteLine($"  fuente {record.Commit[..10]}, {record.Date}, sha256 {record.DocxSha256[..16]}…");
            var recorded = Paths.Relative(Workspace.Directory, Path.Combine(root, record.Path));
            console.Out.WriteLine($"  registrada en {recorded}; confírmela en git (git add {recorded} && git commit)");
            return AllasCli.Ok;
        }));
        return command;
    }
}
