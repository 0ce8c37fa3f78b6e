using AlLas.Publishing.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AlLas.Publishing.Content.Checks;

/// <summary>
/// A label that does not start with its kind's prefix cannot be cross-referenced: `@ciclo` is not read
/// as a reference, so `{#ciclo}` on a figure is a label nobody can reach.
/// </summary>
public sealed class LabelPrefixCheck : ISourceCheck
{
    public const string Code = "AL0056";

    public void Run(CheckContext context)
    {
        foreach (var document in context.Publication.Documents)
        {
            foreach (var chapter in document.Chapters.Where(c => !c.IsTemplate))
            {
                foreach (var block in chapter.Markdown.Descendants<Block>())
                {
                    var (label, kind) = block switch
                    {
                        FigureBlock f => (f.Label, (LabelKind?)LabelKind.Figure),
                        TableCaptionBlock t => (t.Label, LabelKind.Table),
                        HeadingBlock h when h.TryGetAttributes()?.Id is { } id && document.Numbering.Find(id) is { Kind: var k } && k is LabelKind.Chapter or LabelKind.Section or LabelKind.Annex => (id, k),
                        _ => (null, null),
                    };
                    if (label is null || kind is null) continue;
                    var prefix = Prefix(kind.Value);
                    if (!label.StartsWith(prefix, StringComparison.Ordinal))
                        context.Diagnostics.Warning(chapter.SpanOf(block), Code,
                            $"la etiqueta '{label}' no empieza por '{prefix}', así que ninguna referencia puede citarla; use '{{#{prefix}{Strip(label)}}}'");
                }
            }
        }
    }

    public static string Prefix(LabelKind kind) => kind switch
    {
        LabelKind.Figure => "fig-",
        LabelKind.Table => "tbl-",
        LabelKind.Annex => "anx-",
        _ => "sec-",
    };

    private static string Strip(string label) =>
        CrossReferenceInline.Prefixes.FirstOrDefault(p => label.StartsWith(p, StringComparison.Ordinal)) is { } p ? label[p.Length..] : label;
}
