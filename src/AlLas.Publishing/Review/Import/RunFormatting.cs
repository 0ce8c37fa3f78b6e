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

    /// <summary>The change a run's properties (w:rPr) record, or null when they hold no w:rPrChange.</summary>
    public static RunFormatting? Of(XElement runProperties)
    {
        var change = runProperties.Elements().FirstOrDefault(e => e.Name.LocalName == "rPrChange");
        if (change is null) return null;
        var before = change.Elements().FirstOrDefault(e => e.Name.LocalName == "rPr") ?? new XElement("rPr");
        bool? bold = On(runProperties, "b") == On(before, "b") ? null : On(runProperties, "b");
        bool? italic = On(runProperties, "i") == On(before, "i") ? null : On(runProperties, "i");
        var others = OtherNames.Keys
            .Where(name => Value(runProperties, name) != Value(before, name))
            .ToList();
        return new RunFormatting(bold, italic, others);
    }

    private static bool On(XElement properties, string name)
    {
        var element = properties.Elements().FirstOrDefault(e => e.Name.LocalName == name);
        if (element is null) return false;
        var value = element.Attributes().FirstOrDefault(a => a.Name.LocalName == "val")?.Value;
        return value is null or "1" or "true" or "on";
    }

    /// <summary>A property as comparable text; for fonts only the faces a Latin text is shown in.</summary>
    private static string? Value(XElement properties, string name)
    {
        var element = properties.Elements().FirstOrDefault(e => e.Name.LocalName == name);
        if (element is null) return null;
        var attributes = element.Attributes()
            .Where(a => name != "rFonts" || a.Name.LocalName is "ascii" or "hAnsi")
            .Select(a => $"{a.Name.LocalName}={a.Value}")
            .OrderBy(a => a, StringComparer.Ordinal);
        var value = string.Join(' ', attributes);
        return name == "rFonts" && value.Length == 0 ? null : value;
    }
}
