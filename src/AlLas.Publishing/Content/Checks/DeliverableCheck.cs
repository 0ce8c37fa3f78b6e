using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Content.Checks;

/// <summary>
/// Ids that must be unique across documents: two documents cannot both be the same product of the
/// terms of reference, and a product number must be one publication.yml lists.
/// </summary>
public sealed class DeliverableCheck : ISourceCheck
{
    public const string Code = "AL0058";

    public void Run(CheckContext context)
    {
        var listed = (context.Publication.Data.TryGetValue("deliverables", out var d) ? d as List<object?> : null)?
            .OfType<DataMap>().Select(m => m.TryGetValue("number", out var n) ? n as long? : null).OfType<long>().ToHashSet();
        var claimed = new Dictionary<int, string>();
        foreach (var document in context.Publication.Documents)
        {
            if (document.Manifest.Deliverable is not { } number) continue;
            var at = At(context, document);
            if (claimed.TryGetValue(number, out var other))
                context.Diagnostics.Warning(at, Code, $"el producto {number} ya es el documento '{other}'");
            else
                claimed[number] = document.Id;
            if (listed is { Count: > 0 } && !listed.Contains(number))
                context.Diagnostics.Warning(at, Code, $"el producto {number} no está en 'deliverables' de publication.yml (productos: {string.Join(", ", listed.Order())})");
        }
    }

    private static SourceSpan At(CheckContext context, Document document)
    {
        var manifest = CheckContext.ManifestOf(document);
        return context.Source(manifest) is { } source && YamlSchema.Get(YamlSchema.Load(source), "deliverable") is YamlNode node
            ? new YamlSchema(source, context.Diagnostics).At(node)
            : SourceSpan.At(manifest, 1, 1);
    }
}
