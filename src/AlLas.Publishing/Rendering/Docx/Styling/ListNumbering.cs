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
    private readonly Numbering numbering;
    private int nextNumId;
    private readonly int bulletAbstract;
    private readonly int orderedAbstract;
    private int? bulletNum;

    public ListNumbering(Numbering numbering)
    {
        this.numbering = numbering;
        nextNumId = numbering.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        bulletAbstract = Find(BulletsName) ?? AddAbstract(BulletDefinition);
        orderedAbstract = Find(OrderedName) ?? AddAbstract(OrderedDefinition);
    }

    public const string BulletsName = "Viñetas";
    public const string OrderedName = "Lista numerada";

    private int? Find(string name) => numbering.Elements<AbstractNum>()
        .FirstOrDefault(a => a.GetFirstChild<AbstractNumDefinitionName>()?.Val?.Value == name)?.AbstractNumberId?.Value;

    public int Bullet() => bulletNum ??= AddInstance(bulletAbstract, start: null);

    public int Ordered(int start) => AddInstance(orderedAbstract, start);

    private int AddAbstract(Func<int, AbstractNum> definition)
    {
        var id = numbering.Elements<AbstractNum>().Select(a => a.AbstractNumberId?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        var abstractNum = definition(id);
        // The schema wants every abstractNum before the first num.
        var firstInstance = numbering.GetFirstChild<NumberingInstance>();
        if (firstInstance is null) numbering.Append(abstractNum);
        else numbering.InsertBefore(abstractNum, firstInstance);
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
        var lastInstance = numbering.Elements<NumberingInstance>().LastOrDefault();
        if (lastInstance is null) numbering.Append(instance);
        else numbering.InsertAfter(instance, lastInstance);
        return id;
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
