using AlLas.Publishing.Content;
using System.CommandLine;
using AlLas.Publishing.Review;
using AlLas.Publishing.Review.Import;

namespace AlLas.Publishing.Cli.Commands;

/// <summary>`allas review import FILE.docx [--release LABEL]`: maps a returned draft to the sources and writes its register.</summary>
public static class ReviewImportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("archivo") { Description = "El .docx devuelto por un revisor." };
        var release = new Option<string?>("--release") { Description = "La versión de la que procede, si no se reconoce sola." };
        var command = new Command("import",
            "Lleva cada comentario y cambio de un borrador revisado a su archivo, línea y columna en las fuentes de la versión, y escribe el registro de revisión en content/<doc>/revisiones/.\n\nEjemplo: allas review import revisado-cgp.docx --release v0.2-preliminar")
        {
            file, release,
        };
        command.SetAction(parsed => console.Guard(() =>
        {
            var root = Workspace.Root();
            using var writing = ContentLock.Acquire(root);
            var import = new ReviewImport(root, r => Writers.All(r).FirstOrDefault(w => w.Format == "docx"));
            var result = import.Import(Workspace.FullPath(parsed.GetValue(file)!), parsed.GetValue(release));
            if (result.Warning is { } warning) console.Error.WriteLine($"aviso: {warning}");
            var register = result.Register;
            var returned = Path.GetFileName(parsed.GetValue(file)!);
            if (result.Repeats is { } repeated)
            {
                console.Out.WriteLine($"{returned} repite la importación de {repeated.File} ({(result.SameBytes ? "el mismo archivo" : "una copia guardada de nuevo con las mismas marcas")}): no se escribe nada; sus elementos están en {repeated.Path}");
                return AllasCli.Ok;
            }
            if (result.Empty)
            {
                console.Out.WriteLine($"{returned} no tiene comentarios ni cambios respecto de la versión {result.Release.Document}/{result.Release.Label}: no se escribe ningún registro");
                return AllasCli.Ok;
            }
            console.Out.WriteLine($"{register.File}: versión {result.Release.Document}/{result.Release.Label} (reconocida por {result.MatchedBy})");
            console.Out.WriteLine();
            console.Out.WriteLine($"{"revisor",-28} {"comentarios",11} {"cambios",8} {"ubicados",9} {"sin ubicar",10} {"a mano",7}");
            foreach (var group in register.Items.GroupBy(i => i.Reviewer))
            {
                var name = group.Key.Length > 0 ? group.Key : "(sin nombre)";
                console.Out.WriteLine($"{name,-28} {group.Count(i => i.IsComment),11} {group.Count(i => !i.IsComment),8} {group.Count(i => i.Source is not null),9} {group.Count(i => i.Source is null),10} {group.Count(i => i.Manual is not null),7}");
            }
            console.Out.WriteLine($"{"total",-28} {register.Items.Count(i => i.IsComment),11} {register.Items.Count(i => !i.IsComment),8} {register.Items.Count(i => i.Source is not null),9} {register.Items.Count(i => i.Source is null),10} {register.Items.Count(i => i.Manual is not null),7}");
            console.Out.WriteLine();
            console.Out.WriteLine(result.Changed ? $"registro escrito: {register.Path}" : $"sin cambios: {register.Path}");
            return AllasCli.Ok;
        }));
        return command;
    }
}

/// <summary>`allas review list [--status S] [--json]`.</summary>
public static class ReviewListCommand
{
    public static Command Create(CliConsole console)
    {
        var status = new Option<string?>("--status") { Description = "Solo los elementos en este estado: open, addressed, declined o answered." };
        status.AcceptOnlyFromAmong(ItemStatus.All);
        var json = new Option<bool>("--json") { Description = "El contrato JSON de review extract, con status, response y source." };
        var command = new Command("list", "Lista los comentarios y cambios importados, con su ubicación en las fuentes y su estado.\n\nEjemplos:\n  allas review list\n  allas review list --status open --json") { status, json };
        command.SetAction(parsed => console.Guard(() =>
        {
            var root = Workspace.Root();
            // What a killed writer left half done is finished before anything is listed.
            if (SourceJournal.Pending(root)) ContentLock.Acquire(root).Dispose();
            var registers = RegisterStore.All(root);
            var wanted = parsed.GetValue(status);
            var items = registers.SelectMany(r => r.Items.Select(i => (Register: r, Item: i)))
                .Where(x => wanted is null || x.Item.Status == wanted)
                .ToList();
            if (parsed.GetValue(json))
            {
                console.Out.Write(RegisterJson.Write(registers, items));
                return AllasCli.Ok;
            }
            if (items.Count == 0)
            {
                console.Out.WriteLine(registers.Count == 0 ? "no hay registros de revisión; importe un borrador con `allas review import`" : "ningún elemento");
                return AllasCli.Ok;
            }
            // Columns as wide as their widest entry: ids like "revisado-cgp:c12" keep the rest aligned.
            var idWidth = Math.Max(10, items.Max(x => RegisterQuery.Qualified(registers, x.Register, x.Item).Length));
            var labelWidth = Math.Max(18, items.Max(x => ReviewListing.Label(x.Item).Length));
            var reviewerWidth = Math.Max(20, items.Max(x => x.Item.Reviewer.Length));
            var indent = new string(' ', idWidth + 1);
            foreach (var (register, item) in items)
            {
                var where = item.Source is { } s ? string.Join(" … ", item.Continues.Prepend(s).Select(c => $"{c.File}:{c.Line}:{c.Column}")) : $"sin ubicar ({item.Unmapped})";
                var text = Short(ReviewListing.Text(item));
                console.Out.WriteLine($"{RegisterQuery.Qualified(registers, register, item).PadRight(idWidth)} {ReviewListing.Label(item).PadRight(labelWidth)} {item.Status,-9} {item.Reviewer.PadRight(reviewerWidth)} {where}");
                console.Out.WriteLine($"{indent}{text}{(item.Response is { } r ? $"  [respuesta: {Short(r)}]" : "")}");
                if (item.Manual is { } manual && item.Status == ItemStatus.Open) console.Out.WriteLine($"{indent}a mano: {manual}");
                else if (item.Conflict is { } conflict && item.Status == ItemStatus.Open) console.Out.WriteLine($"{indent}conflicto: {conflict}");
            }
            return AllasCli.Ok;
        }));
        return command;
    }

    private static string Short(string text) => ReviewListing.Short(text);
}

/// <summary>`allas review respond ID --status S --note TEXT`.</summary>
public static class ReviewRespondCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "El elemento (c3, r1, u2; archivo:c3 si hay varios registros)." };
        var status = new Option<string>("--status") { Description = "addressed (atendido), declined (no se acepta) o answered (respondido).", Required = true };
        status.AcceptOnlyFromAmong(ItemStatus.Addressed, ItemStatus.Declined, ItemStatus.Answered, ItemStatus.Open);
        var note = new Option<string?>("--note") { Description = "La respuesta para el revisor." };
        var command = new Command("respond", "Da un estado y una respuesta a un comentario o cambio importado.\n\nEjemplo: allas review respond c12 --status addressed --note \"Se añadió la cifra de 2023.\"") { id, status, note };
        command.SetAction(parsed => console.Guard(() =>
        {
            var root = Workspace.Root();
            using var writing = ContentLock.Acquire(root);
            var registers = RegisterStore.All(root);
            var (register, item) = RegisterQuery.Find(registers, parsed.GetValue(id)!);
            var updated = item with { Status = parsed.GetValue(status)!, Response = parsed.GetValue(note) ?? item.Response };
            RegisterStore.Save(root, register with { Items = register.Items.Select(i => i.Id == item.Id ? updated : i).ToList() });
            console.Out.WriteLine($"{RegisterQuery.Qualified(registers, register, item)}: {updated.Status}{(updated.Response is { } r ? $" — {r}" : "")} ({register.Path})");
            return AllasCli.Ok;
        }));
        return command;
    }
}

/// <summary>`allas review apply [ID...|--all] [--as-criticmarkup] [--allow-dirty]`.</summary>
public static class ReviewApplyCommand
{
    public static Command Create(CliConsole console)
    {
        var ids = new Argument<string[]>("id") { Description = "Los cambios a aplicar (r1, u2...).", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Todos los cambios abiertos." };
        var critic = new Option<bool>("--as-criticmarkup") { Description = "Escribe los cambios como CriticMarkup ({++ ++}, {-- --}, {~~ ~> ~~}) para decidirlos en el editor." };
        var dirty = new Option<bool>("--allow-dirty") { Description = "Permite modificar archivos con cambios sin confirmar." };
        var command = new Command("apply", "Escribe en el Markdown los cambios propuestos por los revisores (inserciones, eliminaciones, cambios sin control, párrafos divididos).\n\nEjemplos:\n  allas review apply r3 r7\n  allas review apply --all --as-criticmarkup")
        {
            ids, all, critic, dirty,
        };
        command.SetAction(parsed => console.Guard(() =>
        {
            var chosen = parsed.GetValue(ids) ?? [];
            if (chosen.Length == 0 && !parsed.GetValue(all))
                throw new SourceException("apply", "AL0533", "indique qué cambios aplicar (sus id) o --all");
            var root = Workspace.Root();
            using var writing = ContentLock.Acquire(root);
            var registers = RegisterStore.All(root);
            var result = new ReviewApply(root).Apply(chosen, parsed.GetValue(all), parsed.GetValue(critic), parsed.GetValue(dirty));
            foreach (var a in result.Applied)
                console.Out.WriteLine($"aplicado {RegisterQuery.Qualified(registers, a.Register, a.Item)} ({a.Item.Kind}) en {a.At}");
            foreach (var c in result.Conflicts)
                console.Out.WriteLine($"conflicto {RegisterQuery.Qualified(registers, c.Register, c.Item)} ({c.Item.Kind}){(c.At is { } at ? $" en {at}" : "")}: {c.Conflict}");
            console.Out.WriteLine($"{result.Applied.Count} aplicados, {result.Conflicts.Count} en conflicto; archivos modificados: {(result.FilesWritten.Count == 0 ? "ninguno" : string.Join(", ", result.FilesWritten))}");
            // Nothing written although something was asked: a script must not go on as if it were.
            return result.Applied.Count == 0 && result.Conflicts.Count > 0 ? AllasCli.ProblemsFound : AllasCli.Ok;
        }));
        return command;
    }
}
