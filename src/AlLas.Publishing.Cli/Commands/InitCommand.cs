using System.CommandLine;
using AlLas.Publishing.Scaffolding;

namespace AlLas.Publishing.Cli.Commands;

/// <summary>`allas init ID --title ...`: a new document in content/ that builds at once.</summary>
public static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Id del documento nuevo: el nombre de su carpeta en content/ (minúsculas, cifras y guiones)." };
        var title = new Option<string>("--title") { Description = "Título del documento.", Required = true };
        var subtitle = new Option<string?>("--subtitle") { Description = "Subtítulo." };
        var deliverable = new Option<int?>("--deliverable") { Description = "Número del producto en los términos de referencia." };
        var pages = new Option<int>("--pages") { Description = "Límite de páginas, anexos aparte.", DefaultValueFactory = _ => 50 };
        var command = new Command("init", """
            Crea un documento nuevo en content/ID: document.yml, capítulos y anexos de partida (con el de bibliografía),
            listo para construir. No sobrescribe nada: si la carpeta existe, sale con 2.

            Ejemplo:
              allas init cuaderno-3 --title "Documento base para el Cuaderno 3" --pages 50
            """)
        {
            id, title, subtitle, deliverable, pages,
        };
        command.SetAction(parse => console.Guard(() =>
        {
            var root = Workspace.Root();
            var created = DocumentScaffold.Create(root, new NewDocument(
                parse.GetValue(id)!, parse.GetValue(title)!, parse.GetValue(subtitle), parse.GetValue(deliverable), parse.GetValue(pages)));
            if (!console.Quiet)
            {
                foreach (var file in created) console.Out.WriteLine($"creado {file}");
                console.Out.WriteLine();
                console.Out.WriteLine($"Siguiente paso: allas build --doc {parse.GetValue(id)}");
            }
            return AllasCli.Ok;
        }));
        return command;
    }
}
