using Markdig.Extensions.SmartyPants;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>
/// Typographic quotes and dashes. Spanish takes angle quotes first (« »), curly ones inside them.
/// Mappings may be HTML entities, as Markdig's options hold them.
/// </summary>
public sealed class SmartyPantRenderer : DocxObjectRenderer<SmartyPant>
{
    public static readonly IReadOnlyDictionary<SmartyPantType, string> Spanish = new Dictionary<SmartyPantType, string>
    {
        [SmartyPantType.Quote] = "’",
        [SmartyPantType.LeftQuote] = "‘",
        [SmartyPantType.RightQuote] = "’",
        [SmartyPantType.DoubleQuote] = "”",
        [SmartyPantType.LeftDoubleQuote] = "«",
        [SmartyPantType.RightDoubleQuote] = "»",
        [SmartyPantType.LeftAngleQuote] = "«",
        [SmartyPantType.RightAngleQuote] = "»",
        [SmartyPantType.Ellipsis] = "…",
        [SmartyPantType.Dash2] = "–",
        [SmartyPantType.Dash3] = "—",
    };

    public IDictionary<SmartyPantType, string>? Mappings { get; set; }

    protected override void Write(DocxRenderer renderer, SmartyPant pant)
    {
        var text = Mappings is not null && Mappings.TryGetValue(pant.Type, out var mapped) ? mapped
            : Spanish.TryGetValue(pant.Type, out var spanish) ? spanish
            : pant.ToString();
        renderer.WriteText(System.Net.WebUtility.HtmlDecode(text));
    }
}
