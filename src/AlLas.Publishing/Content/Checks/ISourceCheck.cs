namespace AlLas.Publishing.Content.Checks;

/// <summary>
/// One rule about the sources that the loader does not need in order to build, but that a writer wants
/// to hear about: skipped heading levels, pending work, a page budget exceeded, a misspelt key.
/// </summary>
public interface ISourceCheck
{
    void Run(CheckContext context);
}
