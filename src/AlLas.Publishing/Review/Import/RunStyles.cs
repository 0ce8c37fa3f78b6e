using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// The run properties a docx's styles give: defaults, then the paragraph style and its bases, then
/// the character style and its bases. A formatting change is compared on what a reader sees, since
/// word processors record the properties before the change differently: LibreOffice writes there
/// what the paragraph's style already gives (a note's smaller size, a style's bold).
/// </summary>
public sealed class RunStyles
{
    private readonly Dictionary<string, (string? BasedOn, XElement? Properties)> styles = [];
    private XElement? defaults;

    public static RunStyles Empty { get; } = new();

    public static RunStyles Of(MainDocumentPart main)
    {
        var result = new RunStyles();
        if (main.StyleDefinitionsPart is not { } part) return result;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var root = XElement.Load(xml);
        result.defaults = root.Elements().FirstOrDefault(e => e.Name.LocalName == "docDefaults")
            ?.Elements().FirstOrDefault(e => e.Name.LocalName == "rPrDefault")
            ?.Elements().FirstOrDefault(e => e.Name.LocalName == "rPr");
        foreach (var style in root.Elements().Where(e => e.Name.LocalName == "style"))
        {
            var id = Attribute(style, "styleId");
            if (id is null) continue;
            var basedOn = style.Elements().FirstOrDefault(e => e.Name.LocalName == "basedOn") is { } b ? Attribute(b, "val") : null;
            result.styles[id] = (basedOn, style.Elements().FirstOrDefault(e => e.Name.LocalName == "rPr"));
        }
        return result;
    }

    /// <summary>Each run property a reader sees, by name, as comparable text; the rPrChange record itself left out.</summary>
    public IReadOnlyDictionary<string, string> Effective(string? paragraphStyle, XElement runProperties)
    {
        var result = new Dictionary<string, string>();
        Layer(result, defaults);
        foreach (var style in Chain(paragraphStyle)) Layer(result, style);
        var characterStyle = runProperties.Elements().FirstOrDefault(e => e.Name.LocalName == "rStyle") is { } r ? Attribute(r, "val") : null;
        foreach (var style in Chain(characterStyle)) Layer(result, style);
        Layer(result, runProperties);
        return result;
    }

    private IEnumerable<XElement?> Chain(string? id)
    {
        var chain = new List<XElement?>();
        var seen = new HashSet<string>();
        while (id is not null && seen.Add(id) && styles.TryGetValue(id, out var style))
        {
            chain.Add(style.Properties);
            id = style.BasedOn;
        }
        chain.Reverse();
        return chain;
    }

    private static void Layer(Dictionary<string, string> result, XElement? properties)
    {
        if (properties is null) return;
        foreach (var property in properties.Elements())
        {
            var name = property.Name.LocalName;
            if (name is "rPrChange" or "rStyle") continue;
            var attributes = property.Attributes()
                .Where(a => !a.IsNamespaceDeclaration && (name != "rFonts" || a.Name.LocalName is "ascii" or "hAnsi"))
                .Select(a => $"{a.Name.LocalName}={a.Value}")
                .OrderBy(a => a, StringComparer.Ordinal);
            var value = string.Join(' ', attributes);
            if (name == "rFonts")
            {
                if (value.Length == 0) continue;
                // Fonts given in part: what is not given stays as the layer below says.
                result[name] = value;
                continue;
            }
            result[name] = value;
        }
    }

    private static string? Attribute(XElement element, string localName) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;
}
