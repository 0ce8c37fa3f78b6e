namespace AlLas.Publishing.Content;

/// <summary>Info is for what is not a problem yet but a writer wants listed, such as pending-work markers.</summary>
public enum Severity { Warning, Error, Info }

/// <summary>One problem found in the sources, printed compiler-style so editors and CI can jump to it.</summary>
public sealed record Diagnostic(Severity Severity, string Location, string Code, string Message)
{
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}

/// <summary>Collects every problem of a load, so a writer sees them all at once rather than one per run.</summary>
public sealed class Diagnostics
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    public void Error(SourceSpan at, string code, string message) => items.Add(new(Severity.Error, at.ToString(), code, message));

    public void Warning(SourceSpan at, string code, string message) => items.Add(new(Severity.Warning, at.ToString(), code, message));

    public void Info(SourceSpan at, string code, string message) => items.Add(new(Severity.Info, at.ToString(), code, message));

    public void Add(SourceException e) => items.Add(new(Severity.Error, e.Location, e.Code, e.Message));

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    /// <summary>Runs a step whose bad input ends it, keeping its error among the others.</summary>
    public T? Try<T>(Func<T> step) where T : class
    {
        try
        {
            return step();
        }
        catch (SourceException e)
        {
            Add(e);
            return null;
        }
    }

    /// <summary>Throws the first error (with a count of the rest) so that commands that stop on bad input exit with code 2.</summary>
    public void ThrowIfErrors()
    {
        var errors = items.Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count == 0) return;
        throw new SourceErrorsException(errors);
    }
}

public sealed class SourceErrorsException(IReadOnlyList<Diagnostic> errors)
    : SourceException(errors[0].Location, errors[0].Code, errors[0].Message)
{
    public IReadOnlyList<Diagnostic> Errors { get; } = errors;
}
