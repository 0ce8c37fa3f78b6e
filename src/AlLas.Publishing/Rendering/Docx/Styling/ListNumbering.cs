using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Styling;

/// <summary>
/// Bullet and numbered lists of the Markdown. Each ordered list gets its own numbering instance, so
/// that every list starts at its own first number; ids follow the order lists appear in, after the
/// highest ids the reference docx already uses. The list definitions are the reference's own when it
/// has them (found by name, so a designer can restyle lists too), else built in.
/// </summary>
internal sealed class ListNumbering
{
    private static readonly XNamespace W = ReferencePart.W;

    private readonly ReferencePart reference;
    private readonly List<AbstractNum> abstracts = [];
    private readonly List<NumberingInstance> instances = [];
    private int nextNumId;
    private int nextAbstractId;
    private readonly int bulletAbstract;
    private readonly int orderedAbstract;
    private int? bulletNum;

    /// <param name="reference">The reference's numbering part, which the document's lists are added to.</param>
    public ListNumbering(ReferencePart reference)
    {
        this.reference = reference;
        var root = reference.Read().Root!;
        nextNumId = root.Elements(W + "num").Select(n => IntOf(n, "numId")).DefaultIfEmpty(0).Max() + 1;
        nextAbstractId = root.Elements(W + "abstractNum").Select(a => IntOf(a, "abstractNumId")).DefaultIfEmpty(0).Max() + 1;
        bulletAbstract = Find(root, BulletsName) ?? AddAbstract(BulletDefinition);
        orderedAbstract = Find(root, OrderedName) ?? AddAbstract(OrderedDefinition);
    }

    public const string BulletsName = "Viñetas";
    public const string OrderedName = "Lista numerada";

    private static int? Find(XElement root, string name) => root.Elements(W + "abstractNum")
        .Where(a => (string?)a.Element(W + "name")?.Attribute(W + "val") == name)
        .Select(a => (int?)IntOf(a, "abstractNumId"))
        .FirstOrDefault();

    private static int IntOf(XElement element, string attribute) =>
        int.TryParse((string?)element.Attribute(W + attribute), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;

    public int Bullet() => bulletNum ??= AddInstance(bulletAbstract, start: null);

    public int Ordered(int start) => AddInstance(orderedAbstract, start);

    private int AddAbstract(Func<int, AbstractNum> definition)
    {
        var id = nextAbstractId++;
        abstracts.Add(definition(id));
        return id;
    }

    private int AddInstance(int abstractId, int? start)
    {
        var id = nextNumId++;
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        if (start is { } s)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = s }) { LevelIndex = 0 });
        }
        instances.Add(instance);
        return id;
    }

    /// <summary>
    /// The reference's numbering with the document's lists added: the schema wants every abstractNum
    /// before the first num, and the new nums go after the reference's own.
    /// </summary>
    public void WriteTo(NumberingDefinitionsPart part)
    {
        var document = new XDocument(reference.Read());
        var root = document.Root!;
        if (abstracts.Count > 0)
        {
            var added = Converted(abstracts);
            if (root.Element(W + "num") is { } firstInstance) firstInstance.AddBeforeSelf(added);
            else root.Add(added);
        }
        if (instances.Count > 0)
        {
            var added = Converted(instances);
            if (root.Elements(W + "num").LastOrDefault() is { } lastInstance) lastInstance.AddAfterSelf(added);
            else root.Add(added);
        }
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, Package.DocumentXml.Settings(declaration: true));
        document.Save(xml);
    }

    /// <summary>Typed elements, written as they serialize, as LINQ to XML nodes.</summary>
    private static List<XElement> Converted(IEnumerable<OpenXmlElement> elements)
    {
        var holder = new XElement(W + "holder");
        using (var writer = holder.CreateWriter())
        {
            foreach (var element in elements) element.WriteTo(writer);
        }
        // The writer declares w: on every element it starts; the part's root already does.
        holder.DescendantsAndSelf().Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == W.NamespaceName).Remove();
        return holder.Elements().ToList();
    }

    private static AbstractNum BulletDefinition(int id)
    {
        var a = new AbstractNum(new Nsid { Val = "1A4C" + id.ToString("X4") }, new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        a.Append(new AbstractNumDefinitionName { Val = BulletsName });
        string[] marks = ["•", "–", "◦"];
        for (var level = 0; level < 9; level++)
        {
            var lvl = DefaultNumbering.Level(level, NumberFormatValues.Bullet, marks[level % marks.Length], null, indent: 360 * level, hanging: 360);
            a.Append(lvl);
        }
        return a;
    }

    private static AbstractNum OrderedDefinition(int id)
    {
        var a = new AbstractNum(new Nsid { Val = "1A4C" + id.ToString("X4") }, new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        a.Append(new AbstractNumDefinitionName { Val = OrderedName });
        NumberFormatValues[] formats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];
        for (var level = 0; level < 9; level++)
        {
            a.Append(DefaultNumbering.Level(level, formats[level % formats.Length], $"%{level + 1}.", null, indent: 360 * level, hanging: 360));
        }
        return a;
    }
}
