using AlLas.Publishing.Content;
using AlLas.Publishing.Faults;

namespace AlLas.Publishing.Cli;

/// <summary>
/// Where a command prints, and the one boundary of every command: whatever it throws becomes diagnostics
/// on stderr and exit code 2, never a stack trace (unless --debug asks for one).
/// </summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    /// <summary>The standard output, checked: a write that fails ends the command with exit code 2.</summary>
    public TextWriter Out { get; } = new CheckedWriter(output);

    public TextWriter Error { get; } = error;

    /// <summary>`--quiet`: only errors (and what a command was asked to print, such as `--json`).</summary>
    public bool Quiet { get; set; }

    /// <summary>`--debug`: a failure's stack trace after its message, for reporting a fault of allas.</summary>
    public bool Debug { get; set; }

    public int Guard(Func<int> action)
    {
        try
        {
            var code = action();
            Out.Flush();
            return code;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>Prints a failure as diagnostics and gives the exit code of bad input.</summary>
    public int Fail(Exception e)
    {
        try
        {
            if (e is SourceErrorsException errors)
                foreach (var diagnostic in errors.Errors) Error.WriteLine(Terminal.Paint(this, diagnostic));
            else
                Error.WriteLine(Terminal.Paint(this, Fault.Describe(e)));
            if (Debug) Error.WriteLine(e.ToString());
            Error.Flush();
        }
        catch (IOException)
        {
            // stderr is gone too: the exit code is all that is left to tell.
        }
        return AllasCli.BadInput;
    }
}
