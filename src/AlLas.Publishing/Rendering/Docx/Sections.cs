using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

public enum SectionKind { Cover, Front, Body, Annex }

/// <summary>
/// One Word section: the cover has no header or footer; front matter counts pages in roman numerals;
/// the body starts again at 1 in arabic; annexes and landscape stretches continue the count.
/// </summary>
public sealed record SectionSpec(SectionKind Kind, bool Landscape = false, bool RestartNumbering = false)
{
    internal SectionProperties Build(PageSetup page, string? headerId, string? footerId)
    {
        var sectPr = new SectionProperties();
        if (Kind != SectionKind.Cover && headerId is not null)
            sectPr.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId });
        if (Kind != SectionKind.Cover && footerId is not null)
            sectPr.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        sectPr.Append(new SectionType { Val = SectionMarkValues.NextPage });
        sectPr.Append(page.ToPageSize(Landscape), page.ToPageMargin(Landscape));
        var numbering = new PageNumberType
        {
            Format = Kind == SectionKind.Front ? NumberFormatValues.LowerRoman : NumberFormatValues.Decimal,
        };
        if (RestartNumbering) numbering.Start = 1;
        sectPr.Append(numbering);
        sectPr.Append(new Columns { Space = "708" });
        sectPr.Append(new DocGrid { LinePitch = 360 });
        return sectPr;
    }
}
