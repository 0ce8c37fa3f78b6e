using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Content.Checks;

/// <summary>
/// What the cover and credits of an EU-funded publication need from publication.yml beyond its shape:
/// credits that name someone (the disclaimer speaks of "sus autores"), and a logo file that is there and
/// is an image Word and browsers show.
/// </summary>
public sealed class CreditsCheck : ISourceCheck
{
    public const string MissingCredits = "AL0065";
    public const string BadLogo = "AL0066";

    public void Run(CheckContext context)
    {
        if (context.Source(Paths.PublicationFile) is not { } source || YamlSchema.Load(source) is not YamlMappingNode root) return;
        var schema = new YamlSchema(source, context.Diagnostics);
        var credits = YamlSchema.Get(root, "credits");
        if (credits is null)
            context.Diagnostics.Warning(schema.At(root), MissingCredits,
                "falta la clave 'credits' (authors: con sus nombres, responsible: con el responsable de la publicación); los créditos no nombrarán autores");
        else if (YamlSchema.Get(credits, "authors") is YamlSequenceNode { Children.Count: 0 } empty)
            context.Diagnostics.Error(schema.At(empty), YamlSchema.MissingKey, "'credits.authors' debe nombrar al menos un autor");

        if (YamlSchema.Get(YamlSchema.Get(root, "project"), "logo") is YamlScalarNode { Value: { Length: > 0 } logo } node && !YamlSchema.IsNull(node))
        {
            var path = Path.GetFullPath(Path.Combine(context.Publication.Root, Paths.Content, logo));
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (!File.Exists(path))
                context.Diagnostics.Error(schema.At(node), BadLogo, $"no se encuentra el logotipo '{logo}' (la ruta parte de content/)");
            else if (extension is not (".png" or ".jpg" or ".jpeg"))
                context.Diagnostics.Error(schema.At(node), BadLogo, $"el logotipo '{logo}' debe ser PNG o JPEG");
        }
    }
}
