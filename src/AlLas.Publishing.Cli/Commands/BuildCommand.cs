using System.CommandLine;

namespace AlLas.Publishing.Cli.Commands;

public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("build", "Construye los borradores Word y HTML de los documentos de content/.");
        command.SetAction(_ => console.Guard(() => 0));
        return command;
    }
}
