using System.Xml.Linq;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// What a reviewer's formatting change did to a run: bold and italic, which Markdown writes, turned
/// on or off; and the other visible properties it changed, which Markdown cannot write. Language and
/// font hints that word processors add on their own do not count.
/// Written in the register as tokens: "+bold", "-italic", then the names of the other properties.
/// </summary>
public sealed record RunFormatting(bool? Bold, bool? Italic, IReadOnlyList<string> Others)
{
    /// <summary>Visible properties Markdown cannot express, with the words the writers read.</summary>
    private static readonly Dictionary<string, string> OtherNames = new()
    {
        ["u"] = "subrayado",
        ["strike"] = "tachado",
        ["dstrike"] = "tachado",
        ["caps"] = "mayúsculas",
        ["smallCaps"] = "versalitas",
        ["vertAlign"] = "superíndice o subíndice",
        ["color"] = "color",
        ["highlight"] = "resaltado",
        ["shd"] = "sombreado",
        ["sz"] = "tamaño",
        ["rStyle"] = "estilo de carácter",
        ["rFonts"] = "fuente",
    };

    /// <summary>Bold or italic changed and nothing else a reader sees.</summary>
    public bool IsMarkdown => (Bold is not null || Italic is not null) && Others.Count == 0;

    public override string ToString() =>
        string.Join(' ', new[] { Token("bold", Bold), Token("italic", Italic) }.Where(t => t is not null).Concat(Others));

    private static string? Token(string name, bool? on) => on is null ? null : (on.Value ? "+" : "-") + name;

    public static RunFormatting Parse(string text)
    {
        bool? bold = null, italic = null;
        var others = new List<string>();
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "+bold": bold = true; break;
                case "-bold": bold = false; break;
                case "+italic": italic = true; break;
                case "-italic": italic = false; break;
                default: others.Add(token); break;
            }
        }
        return new RunFormatting(bold, italic, others);
    }

    /// <summary>What the Spanish reason says of the properties Markdown cannot write.</summary>
    public string OthersInSpanish => string.Join(", ", Others.Select(o => OtherNames.GetValueOrDefault(o, o)).Distinct());

    /// <summary>
    /// The change a run's properties (w:rPr) record, compared on what a reader sees through the
    /// styles, or null when they hold no w:rPrChange.
    /// </summary>
    public static RunFormatting? Of(XElement runProperties, RunStyles styles, string? paragraphStyle)
    {
        var change = runProperties.Elements().FirstOrDefault(e => e.Name.LocalName == "rPrChange");
        if (change is null) return null;
        var before = change.Elements().FirstOrDefault(e => e.Name.LocalName == "rPr") ?? new XElement("rPr");
        var now = styles.Effective(paragraphStyle, runProperties);
        var was = styles.Effective(paragraphStyle, before);
        bool? bold = On(now, "b") == On(was, "b") ? null : On(now, "b");
        bool? italic = On(now, "i") == On(was, "i") ? null : On(now, "i");
        var others = OtherNames.Keys
            .Where(name => name != "rStyle" && now.GetValueOrDefault(name) != was.GetValueOrDefault(name))
            .ToList();
        return new RunFormatting(bold, italic, others);
    }

    private static bool On(IReadOnlyDictionary<string, string> properties, string name) =>
        properties.TryGetValue(name, out var value) && !(value is "val=0" or "val=false" or "val=off");
}
