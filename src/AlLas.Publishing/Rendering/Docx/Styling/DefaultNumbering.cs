using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Styling;

/// <summary>
/// Heading numbers live in Word lists tied to the heading styles, so that a writer who adds a heading
/// in Word gets the next number, and REF fields with \r can quote "4.2". Chapters use one multilevel
/// list (1, 1.1, 1.1.1, 1.1.1.1); annexes their own ("Anexo A", then A.1, A.1.1 for their sections).
/// </summary>
public static class DefaultNumbering
{
    public const int HeadingNumberingId = 1;
    public const int AnnexNumberingId = 2;

    public static Numbering Create()
    {
        var headings = new AbstractNum(
            new Nsid { Val = "1A4C0001" },
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            new TemplateCode { Val = "1A4C0101" })
        { AbstractNumberId = 1 };
        headings.Append(new AbstractNumDefinitionName { Val = "Títulos AL-LAs" });
        string[] headingStyles = [StyleIds.Heading1, StyleIds.Heading2, StyleIds.Heading3, StyleIds.Heading4];
        for (var level = 0; level < 9; level++)
        {
            var text = string.Join(".", Enumerable.Range(1, Math.Min(level, 3) + 1).Select(i => "%" + i));
            headings.Append(Level(level, NumberFormatValues.Decimal, text,
                level < 4 ? headingStyles[level] : null, indent: 0, hanging: level == 0 ? 567 : 851));
        }

        var annexes = new AbstractNum(
            new Nsid { Val = "1A4C0002" },
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            new TemplateCode { Val = "1A4C0102" })
        { AbstractNumberId = 2 };
        annexes.Append(new AbstractNumDefinitionName { Val = "Anexos AL-LAs" });
        for (var level = 0; level < 9; level++)
        {
            var text = level == 0
                ? "Anexo %1."
                : string.Join(".", Enumerable.Range(1, Math.Min(level, 3) + 1).Select(i => "%" + i));
            var lvl = Level(level, level == 0 ? NumberFormatValues.UpperLetter : NumberFormatValues.Decimal, text,
                level == 0 ? StyleIds.AnnexHeading : null, indent: 0, hanging: level == 0 ? 1418 : 851);
            // A space, not a tab: "Anexo A." is wider than any sensible hanging indent.
            if (level == 0) lvl.LevelSuffix = new LevelSuffix { Val = LevelSuffixValues.Space };
            annexes.Append(lvl);
        }

        return new Numbering(
            headings,
            annexes,
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = HeadingNumberingId },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = AnnexNumberingId });
    }

    internal static Level Level(int level, NumberFormatValues format, string text, string? style, int indent, int hanging)
    {
        var lvl = new Level { LevelIndex = level };
        lvl.StartNumberingValue = new StartNumberingValue { Val = 1 };
        lvl.NumberingFormat = new NumberingFormat { Val = format };
        if (style is not null) lvl.ParagraphStyleIdInLevel = new ParagraphStyleIdInLevel { Val = style };
        lvl.LevelText = new LevelText { Val = text };
        lvl.LevelJustification = new LevelJustification { Val = LevelJustificationValues.Left };
        lvl.PreviousParagraphProperties = new PreviousParagraphProperties(
            new Indentation
            {
                Left = (indent + hanging).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Hanging = hanging.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        return lvl;
    }
}
