using System.Globalization;

namespace AlLas.Publishing.Content.Checks;

/// <summary>The body's estimated pages against the `pages:` budget of document.yml (annexes apart).</summary>
public sealed class PageBudgetCheck : ISourceCheck
{
    public const string Code = "AL0057";

    public void Run(CheckContext context)
    {
        foreach (var document in context.Publication.Documents)
        {
            var stats = context.Stats(document);
            if (stats.PageBudget is not { } budget || stats.BodyPages <= budget) continue;
            var manifest = CheckContext.ManifestOf(document);
            var at = SourceSpan.At(manifest, 1, 1);
            if (context.Source(manifest) is { } source && YamlSchema.Get(YamlSchema.Load(source), "pages") is { } node)
                at = new YamlSchema(source, context.Diagnostics).At(node);
            var es = CultureInfo.GetCultureInfo("es-ES");
            context.Diagnostics.Warning(at, Code, string.Create(es,
                $"el documento '{document.Id}' ocupa unas {Math.Round(stats.BodyPages)} páginas ({stats.BodyWords:N0} palabras) y el límite es {budget} (anexos aparte)"));
        }
    }
}
