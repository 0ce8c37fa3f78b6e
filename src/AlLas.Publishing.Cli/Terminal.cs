using AlLas.Publishing.Content;
using Spectre.Console;

namespace AlLas.Publishing.Cli;

/// <summary>
/// What only a person at a terminal gets: colour and a spinner for steps that take a while. Output that
/// goes to a file, a pipe or CI stays plain, so that it can be read and matched as it is.
/// </summary>
public static class Terminal
{
    public const string Red = "31";
    public const string Yellow = "33";
    public const string Cyan = "36";
    public const string Green = "32";
    public const string Bold = "1";
    public const string Dim = "2";

    public static bool IsTerminal(TextWriter writer) =>
        writer is CheckedWriter checkedWriter ? IsTerminal(checkedWriter.Inner) :
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
        || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>https://no-color.org: NO_COLOR set to anything turns colour off.</summary>
    public static bool UsesColour(TextWriter writer) =>
        IsTerminal(writer)
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";

    public static string Paint(TextWriter writer, string text, string colour) =>
        UsesColour(writer) ? $"\u001b[{colour}m{text}\u001b[0m" : text;

    /// <summary>A diagnostic as compilers print it, its severity coloured on a terminal.</summary>
    public static string Paint(TextWriter writer, Diagnostic diagnostic)
    {
        var text = diagnostic.ToString();
        if (!UsesColour(writer)) return text;
        var word = diagnostic.Severity.ToString().ToLowerInvariant();
        var colour = diagnostic.Severity switch { Severity.Error => Red, Severity.Warning => Yellow, _ => Cyan };
        var at = text.IndexOf($": {word} ", StringComparison.Ordinal);
        return at < 0 ? text : text[..(at + 2)] + Paint(writer, word, Bold + ";" + colour) + text[(at + 2 + word.Length)..];
    }

    public static string Paint(CliConsole console, Diagnostic diagnostic) => Paint(console.Error, diagnostic);

    /// <summary>
    /// Runs a step under a spinner on stderr when a person is watching; the step may update the status
    /// text as it goes. Elsewhere (pipes, CI, --quiet) it just runs.
    /// </summary>
    public static T Progress<T>(CliConsole console, string status, Func<Action<string>, T> step)
    {
        if (console.Quiet || !IsTerminal(console.Error)) return step(_ => { });
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            ColorSystem = UsesColour(console.Error) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        return terminal.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(status), context => step(text => context.Status(Markup.Escape(text))));
    }
}
