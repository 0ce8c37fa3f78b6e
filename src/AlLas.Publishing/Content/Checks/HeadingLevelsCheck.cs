using Markdig.Syntax;

namespace AlLas.Publishing.Content.Checks;

/// <summary>
/// Heading levels as the Word styles and the table of contents expect them: one `#` per chapter,
/// sections `##` to `####`, never a level skipped (a `####` right under a `##` is numbered 4.1.0.1).
/// </summary>
public sealed class HeadingLevelsCheck : ISourceCheck
{
    public const string SkippedLevel = "AL0053";
    public const string SecondTitle = "AL0054";
    public const string TooDeep = "AL0055";
    public const int DeepestSection = 4;

    public void Run(CheckContext context)
    {
        foreach (var chapter in context.Publication.Documents.SelectMany(d => d.Chapters).Where(c => !c.IsTemplate).DistinctBy(c => c.File))
        {
            var previous = 0;
            foreach (var heading in chapter.Markdown.Descendants<HeadingBlock>())
            {
                var at = chapter.SpanOf(heading);
                if (heading.Level == 1 && previous > 0)
                    context.Diagnostics.Warning(at, SecondTitle, "un capítulo tiene un solo encabezado '#' (su título); sus secciones empiezan en '##'");
                else if (heading.Level > previous + 1 && previous > 0)
                    context.Diagnostics.Warning(at, SkippedLevel,
                        $"salto de nivel: '{Hashes(heading.Level)}' después de '{Hashes(previous)}' (falta '{Hashes(previous + 1)}')");
                if (heading.Level > DeepestSection)
                    context.Diagnostics.Warning(at, TooDeep, $"las secciones llegan hasta '{Hashes(DeepestSection)}'; '{Hashes(heading.Level)}' no se numera ni entra en el índice");
                previous = heading.Level;
            }
        }
    }

    private static string Hashes(int level) => new('#', level);
}
