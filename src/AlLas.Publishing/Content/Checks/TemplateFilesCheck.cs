namespace AlLas.Publishing.Content.Checks;

/// <summary>templates/pagina.html.sbn and templates/estilos.css are there: without them `build` stops.</summary>
public sealed class TemplateFilesCheck : ISourceCheck
{
    public void Run(CheckContext context)
    {
        var root = context.Publication.Root;
        foreach (var (name, _) in TemplateFiles.Required)
        {
            if (TemplateFiles.Problem(root, Path.Combine(root, Paths.Templates), name) is { } problem)
                context.Diagnostics.Add(problem);
        }
    }
}
