namespace AlLas.Publishing.Content.Checks;

/// <summary>A chapter's front matter: `numbered: no` or a misspelt `numbred:` would be ignored without a word.</summary>
public sealed class FrontMatterSchemaCheck : ISourceCheck
{
    public static Shape Shape { get; } = Shape.Map(closed: true,
        new Field("id", Shape.Text),
        new Field("numbered", Shape.Boolean));

    public void Run(CheckContext context)
    {
        foreach (var chapter in context.Publication.Documents.SelectMany(d => d.Chapters).Where(c => !c.IsTemplate).DistinctBy(c => c.File))
        {
            // Without front matter there is nothing to check, and the file need not be read again.
            if (chapter.FrontMatter.BodyStart == 0) continue;
            if (context.Source(chapter.File) is not { } source || !source.Text.StartsWith("---\n", StringComparison.Ordinal)) continue;
            var end = chapter.FrontMatter.BodyStart;
            // The closing '---' line is not YAML; BodyStart is just past it.
            var closing = source.Text.LastIndexOf("\n---", Math.Max(0, end - 1), StringComparison.Ordinal);
            var closingDots = source.Text.LastIndexOf("\n...", Math.Max(0, end - 1), StringComparison.Ordinal);
            var yamlEnd = Math.Max(closing, closingDots);
            if (yamlEnd < 4 || YamlSchema.Load(source, 4, yamlEnd + 1 - 4) is not { } root) continue;
            new YamlSchema(source, context.Diagnostics, firstLine: 2).Check(root, Shape);
        }
    }
}
