using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Tests.Rendering.Docx;

/// <summary>A written docx opened read-only, with the few questions the tests ask of it.</summary>
internal sealed class WordFile : IDisposable
{
    private readonly WordprocessingDocument doc;

    public WordFile(byte[] bytes) => doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);

    public WordFile(string path) => doc = WordprocessingDocument.Open(path, false);

    public WordprocessingDocument Package => doc;
    public MainDocumentPart Main => doc.MainDocumentPart!;
    public Body Body => Main.Document!.Body!;
    public Styles Styles => Main.StyleDefinitionsPart!.Styles!;

    public IEnumerable<Paragraph> Paragraphs => Body.Descendants<Paragraph>();

    public IEnumerable<Paragraph> WithStyle(string styleId) =>
        Paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId);

    /// <summary>What a reader sees of a paragraph: its text runs, not field codes.</summary>

    public static string Text(DocumentFormat.OpenXml.OpenXmlElement element) => string.Concat(element.Descendants<Text>().Select(t => t.Text));

    /// <summary>Field instructions in document order ("SEQ Figura \* ARABIC", "REF fig_ciclo \h \* Lower").</summary>
    public IEnumerable<string> FieldCodes(DocumentFormat.OpenXml.OpenXmlElement? within = null) =>
        (within ?? Body).Descendants<FieldCode>().Select(f => f.Text.Trim());

    /// <summary>The cached result of each complex field, paired with its instruction.</summary>
    public static IReadOnlyList<(string Code, string Result)> Fields(DocumentFormat.OpenXml.OpenXmlElement within)
    {
        var result = new List<(string, string)>();
        var stack = new Stack<(string Code, System.Text.StringBuilder Text, bool Separated)>();
        foreach (var run in within.Descendants<Run>())
        {
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case FieldChar { FieldCharType.Value: var t } when t == FieldCharValues.Begin:
                        stack.Push(("", new System.Text.StringBuilder(), false));
                        break;
                    case FieldCode code when stack.Count > 0:
                        var top = stack.Pop();
                        stack.Push((top.Code + code.Text, top.Text, top.Separated));
                        break;
                    case FieldChar { FieldCharType.Value: var t } when t == FieldCharValues.Separate && stack.Count > 0:
                        var s = stack.Pop();
                        stack.Push((s.Code, s.Text, true));
                        break;
                    case FieldChar { FieldCharType.Value: var t } when t == FieldCharValues.End && stack.Count > 0:
                        var done = stack.Pop();
                        result.Add((done.Code.Trim(), done.Text.ToString()));
                        if (stack.Count > 0)
                        {
                            var outer = stack.Pop();
                            outer.Text.Append(done.Text);
                            stack.Push(outer);
                        }
                        break;
                    case Text text when stack.Count > 0 && stack.Peek().Separated:
                        stack.Peek().Text.Append(text.Text);
                        break;
                }
            }
        }
        return result;
    }

    public void Dispose() => doc.Dispose();
}

