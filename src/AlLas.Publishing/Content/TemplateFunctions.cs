using Scriban;

namespace AlLas.Publishing.Content;

/// <summary>Scriban's built-in functions (string.*, array.*, date.*…), which every template of the publication sees.</summary>
public static class TemplateFunctions
{
    /// <summary>
    /// Sets them up now. They set themselves up through reflection when the first template is expanded, about a
    /// tenth of a short build, so a build has it done on its second core while the first core reads the sources.
    /// </summary>
    public static void SetUp() => _ = new TemplateContext();
}
