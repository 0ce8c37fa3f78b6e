using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// A landscape block starts on a page of its own, so the portrait page before it may end almost
/// empty: a chapter's heading and two lines, then a blank page's worth of paper. As a typesetter
/// places a float, the portrait text that follows the block moves up before it, block by block (a
/// heading with what follows it), never from the next chapter, until the last portrait page is
/// estimated a third to four fifths full (see <see cref="Settled"/>).
/// </summary>
internal static class LandscapeFloats
{
    /// <summary>Fills, within the blocks of one chapter (those after <paramref name="before"/>), each near-empty page before a landscape stretch.</summary>
    public static void Apply(Body body, OpenXmlElement? before, PageEstimator measure, PageSetup page)
    {
        var pageHeight = (double)page.TextHeight(landscape: false);
        var blocks = (before is null ? body.ChildElements : before.ElementsAfter()).ToList();
        double used = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is Paragraph heading && measure.StartsPage(heading)) used = 0;
            var height = measure.Measure(block, landscape: false);
            if (used > 0 && used + height > pageHeight) used = 0;
            used += height;
            while (used > pageHeight) used -= pageHeight;
            if (SectionOf(block) is not { } ending) continue;
            var filled = used;
            // A section ends with its page.
            used = 0;
            if (IsLandscape(ending)) continue;
            // block ends a portrait section; the landscape stretch runs to the next section end.
            var landscapeEnd = blocks.FindIndex(i + 1, b => SectionOf(b) is not null);
            if (landscapeEnd < 0 || SectionOf(blocks[landscapeEnd]) is not { } stretch || !IsLandscape(stretch)) continue;
            if (filled <= 0 || Settled(filled, pageHeight)) continue;

            var moved = new List<OpenXmlElement>();
            for (var j = landscapeEnd + 1; j < blocks.Count; j++)
            {
                var next = blocks[j];
                if (StartsPage(next, measure) || SectionOf(next) is not null) break;
                // What is kept with the next block (a caption, a heading, an introducing colon) goes with it, or stays.
                var unit = KeptWithNext(next, measure) && j + 1 < blocks.Count ? new[] { next, blocks[j + 1] } : [next];
                if (unit.Any(u => SectionOf(u) is not null || StartsPage(u, measure))) break;
                filled += unit.Sum(u => measure.Measure(u, landscape: false));
                while (filled > pageHeight) filled -= pageHeight;
                moved.AddRange(unit);
                j += unit.Length - 1;
                if (Settled(filled, pageHeight)) break;
            }
            if (moved.Count == 0) continue;

            // The moved blocks go where the portrait section ended, and end it themselves.
            var properties = ending;
            properties.Remove();
            OpenXmlElement at = block;
            foreach (var m in moved)
            {
                m.Remove();
                at.InsertAfterSelf(m);
                at = m;
            }
            if (at is Paragraph last && last.ParagraphProperties?.SectionProperties is null)
            {
                last.ParagraphProperties ??= new ParagraphProperties();
                last.ParagraphProperties.SectionProperties = properties;
            }
            else
            {
                at.InsertAfterSelf(new Paragraph(new ParagraphProperties { SectionProperties = properties }));
            }
            blocks = (before is null ? body.ChildElements : before.ElementsAfter()).ToList();
            i = blocks.IndexOf(at);
        }
    }

    /// <summary>
    /// A page before a landscape stretch needs nothing when it is a third to four fifths full: more, and
    /// the estimate's few lines of error may spill a paragraph's last lines onto a page of their own.
    /// </summary>
    private static bool Settled(double filled, double pageHeight) => filled >= pageHeight / 3 && filled <= pageHeight * 0.8;

    private static SectionProperties? SectionOf(OpenXmlElement block) =>
        block is Paragraph p ? p.ParagraphProperties?.SectionProperties : null;

    private static bool IsLandscape(SectionProperties properties) =>
        properties.GetFirstChild<PageSize>()?.Orient?.Value == PageOrientationValues.Landscape;

    private static bool StartsPage(OpenXmlElement block, PageEstimator measure) => block is Paragraph p && measure.StartsPage(p);

    private static bool KeptWithNext(OpenXmlElement block, PageEstimator measure) =>
        block is Paragraph p && (p.ParagraphProperties?.KeepNext is not null || measure.KeepsWithNext(p));
}
