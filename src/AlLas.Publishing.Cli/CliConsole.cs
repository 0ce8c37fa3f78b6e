using AlLas.Publishing.Content;

namespace AlLas.Publishing.Cli;

/// <summary>Where a command prints, and the one place that turns a SourceException into exit code 2.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>`--quiet`: only errors (and what a command was asked to print, such as `--json`).</summary>
    public bool Quiet { get; set; }

    public int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (SourceErrorsException e)
        {
            foreach (var diagnostic in e.Errors) Error.WriteLine(Terminal.Paint(this, diagnostic));
            return AllasCli.BadInput;
        }
        catch (SourceException e)
        {
            Error.WriteLine(e.Diagnostic);
            return AllasCli.BadInput;
        }
    }
}
