using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// How paragraphs look where the renderer stands: inside a quote, a list item, a table cell or a
/// footnote. The first paragraph of a list item carries the list number; the first paragraph of a
/// footnote carries the footnote mark.
/// </summary>
internal sealed record BlockFrame(string Style)
{
    public int? NumberingId { get; init; }
    public int ListLevel { get; init; }
    public bool NumberPending { get; set; }
    public JustificationValues? Justification { get; init; }
    public bool FootnoteMarkPending { get; set; }
    public bool InList => NumberingId is not null;

    /// <summary>Left indent of a list item's text, matching the list levels of <see cref="Styling.ListNumbering"/>.</summary>
    public int ListTextIndent => 720 + 360 * ListLevel;
}
