using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Content.Checks;

/// <summary>
/// document.yml: the types of its keys, keys the build does not know (a misspelt `anexes:` would
/// silently drop every annex), and a chapter listed twice.
/// </summary>
public sealed class ManifestSchemaCheck : ISourceCheck
{
    public static Shape Shape { get; } = Shape.Map(closed: true,
        new Field("title", Shape.Text, Required: true),
        new Field("subtitle", Shape.Text),
        new Field("short-title", Shape.Text),
        new Field("deliverable", Shape.Integer),
        new Field("due", Shape.Date),
        new Field("pages", Shape.Integer),
        new Field("lang", Shape.Text),
        new Field("chapters", Shape.ListOf(Shape.Text), Required: true),
        new Field("annexes", Shape.ListOf(Shape.Text)));

    // Documents whose manifest the loader refused are not in the publication; their error is already reported.
    public void Run(CheckContext context)
    {
        foreach (var document in context.Publication.Documents)
        {
            if (context.Source(CheckContext.ManifestOf(document)) is not { } source || YamlSchema.Load(source) is not { } root) continue;
            var schema = new YamlSchema(source, context.Diagnostics);
            schema.Check(root, Shape);

            var listed = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var key in new[] { "chapters", "annexes" })
            {
                if (YamlSchema.Get(root, key) is not YamlSequenceNode files) continue;
                foreach (var file in files.Children.OfType<YamlScalarNode>().Where(f => !string.IsNullOrEmpty(f.Value)))
                {
                    var path = Path.GetFullPath(Path.Combine(document.Folder, file.Value!), "/");
                    if (listed.TryGetValue(path, out var first))
                        context.Diagnostics.Error(schema.At(file), YamlSchema.DuplicateId, $"'{file.Value}' ya está en la lista (línea {schema.At(first).Line}); un capítulo se lista una sola vez");
                    else
                        listed[path] = file;
                }
            }
        }
    }
}
