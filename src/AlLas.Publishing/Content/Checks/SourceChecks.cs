namespace AlLas.Publishing.Content.Checks;

/// <summary>
/// The checks every command runs after loading, so that `build`, `check` and `watch` agree on what is
/// wrong with the sources: the loader finds what stops a build, these find the rest.
/// </summary>
public static class SourceChecks
{
    public static IReadOnlyList<ISourceCheck> All { get; } =
    [
        new PublicationSchemaCheck(),
        new CreditsCheck(),
        new ManifestSchemaCheck(),
        new FrontMatterSchemaCheck(),
        new HeadingLevelsCheck(),
        new LabelPrefixCheck(),
        new DeliverableCheck(),
        new PageBudgetCheck(),
        new PendingWorkCheck(),
        new TemplateFilesCheck(),
        new TableWidthsCheck(),
    ];

    public static void Run(Publication publication, Diagnostics diagnostics)
    {
        var context = new CheckContext(publication, diagnostics);
        foreach (var check in All) check.Run(context);
    }
}
