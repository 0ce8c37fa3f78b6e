namespace AlLas.Publishing.Cli;

/// <summary>Where a command prints, and the one place that turns a SourceException into exit code 2.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    public int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (SourceException e)
        {
            Error.WriteLine(e.Diagnostic);
            return AllasCli.BadInput;
        }
    }
}
