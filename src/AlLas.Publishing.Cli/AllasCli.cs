using System.CommandLine;
using System.Globalization;
using AlLas.Publishing.Cli.Commands;

namespace AlLas.Publishing.Cli;

/// <summary>
/// The `allas` command. Exit codes: 0 done, 1 problems found (check), 2 bad input, usage, or any failure (see CliConsole.Guard).
/// Writers go to explicit streams so that tests can run the CLI in-process.
/// </summary>
public static class AllasCli
{
    public const int Ok = 0;
    public const int ProblemsFound = 1;
    public const int BadInput = 2;

    /// <summary>The language of help and of System.CommandLine's own messages (its Spanish resources).</summary>
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, null);

    /// <summary>Runs a command as if started in <paramref name="workingDirectory"/> (null: the current folder).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? workingDirectory)
    {
        using var _ = Workspace.RunIn(workingDirectory);
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Spanish;
        try
        {
            return Parse(args, output, error);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static int Parse(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Solo los errores: sin progreso, sin resumen.", Recursive = true };
        var debug = new Option<bool>("--debug") { Description = "Tras un error, muestra también su traza (para comunicar un fallo de allas).", Recursive = true };
        var root = new RootCommand("Publica los cuadernos AL-LAs: borradores Word y HTML desde Markdown, y revisión de vuelta.\n\nEjemplo: allas build")
        {
            quiet,
            debug,
            BuildCommand.Create(console),
            CheckCommand.Create(console),
            StatsCommand.Create(console),
            WatchCommand.Create(console),
            InitCommand.Create(console),
            ReviewCommand.Create(console),
            ReleaseCommand.Create(console),
            ReferenceDocxCommand.Create(console),
        };
        console.Debug = args.Contains("--debug");
        try
        {
            var parsed = root.Parse(args);
            console.Quiet = parsed.GetValue(quiet);
            console.Debug = parsed.GetValue(debug);
            if (parsed.Errors.Count > 0)
            {
                foreach (var message in UsageErrors.Describe(parsed)) error.WriteLine(message);
                return BadInput;
            }
            // Each command's action runs inside CliConsole.Guard; this catches what fails around it (help, parsing).
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return console.Fail(e);
        }
    }
}
