namespace AlLas.Publishing.Review;

/// <summary>
/// Where a review item sits in a docx, independent of where its text came from.
/// Part is the package part ("word/document.xml", "word/footnotes.xml", "word/header2.xml").
/// Paragraph and EndParagraph are 0-based indexes of w:p elements in document order within the part
/// (paragraphs in tables and text boxes count; copies kept for older readers, mc:Fallback, do not).
/// Start and End are 0-based UTF-16 offsets, End exclusive, into each paragraph's original text:
/// the text as it read before the reviewer's revisions (deleted and moved-away text included,
/// inserted and moved-in text excluded). An insertion is therefore an empty range at the point
/// where it goes. ParagraphText is the original text of the start paragraph.
/// Aligning these original paragraphs to a re-rendered release is what later maps an item to a
/// source span; the reader itself knows nothing of sources.
/// </summary>
public sealed record DocxLocation(string Part, int Paragraph, int Start, int EndParagraph, int End, string ParagraphText);
