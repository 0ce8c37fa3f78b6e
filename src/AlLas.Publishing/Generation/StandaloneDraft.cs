using AlLas.Publishing.Markdown;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Markdig.Syntax;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Generation;

/// <summary>
/// A plain Word file with the same headings and paragraphs as a document, for a review round when no
/// Word writer is registered: the text a reviewer reads is the same, the layout is not.
/// </summary>
public static class StandaloneDraft
{
    public static byte[] Create(Content.Document document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new W.Styles(
                new W.Style(new W.StyleName { Val = "Normal" }) { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true },
                Heading(1), Heading(2), Heading(3), Heading(4));
            var body = new W.Body();
            foreach (var (level, text) in Paragraphs(document))
            {
                var paragraph = new W.Paragraph(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                if (level > 0) paragraph.PrependChild(new W.ParagraphProperties(new W.ParagraphStyleId { Val = $"Heading{level}" }));
                body.Append(paragraph);
            }
            body.Append(new W.SectionProperties());
            main.Document = new W.Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>Headings (level 1–4) and text paragraphs (level 0) of the document, in reading order.</summary>
    public static IEnumerable<(int Level, string Text)> Paragraphs(Content.Document document)
    {
        foreach (var chapter in document.Chapters)
        {
            foreach (var block in chapter.Markdown.Descendants<LeafBlock>())
            {
                var text = block is FigureBlock figure ? PlainText.Of(figure.Caption) : PlainText.Of(block.Inline);
                if (text.Length == 0) continue;
                yield return (block is HeadingBlock heading ? Math.Min(4, heading.Level) : 0, text);
            }
        }
    }

    private static W.Style Heading(int level) =>
        new(new W.StyleName { Val = $"heading {level}" }, new W.BasedOn { Val = "Normal" },
            new W.StyleRunProperties(new W.Bold(), new W.FontSize { Val = (32 - 4 * level).ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = W.StyleValues.Paragraph, StyleId = $"Heading{level}" };
}
