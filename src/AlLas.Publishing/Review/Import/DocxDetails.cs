using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace AlLas.Publishing.Review.Import;

/// <summary>A field's result inside a paragraph's original text: [Start, Start + Length).</summary>
public readonly record struct FieldResult(int Start, int Length);

/// <summary>A run whose properties a reviewer changed (w:rPrChange): [Start, End) of the paragraph's original text.</summary>
public sealed record RunFormatChange(int Start, int End, RunFormatting Formatting);

/// <summary>What the review contract leaves out of a paragraph but the import needs: where field results are, which runs changed format and how.</summary>
public sealed record ParagraphDetails(string OriginalText, IReadOnlyList<FieldResult> Fields, IReadOnlyList<RunFormatChange> FormatChanges);

/// <summary>
/// Reads, for the parts whose paragraphs are paired with the release (document and footnotes), the
/// result runs of fields the word processor computes (REF, SEQ, NOTEREF, PAGEREF, PAGE), and each
/// formatting change with the properties before and after. Paragraphs are numbered and their original
/// text counted the way <see cref="DocxReviewReader"/> does (mc:Fallback copies and inserted text left
/// out); each paragraph keeps its original text so that a user can check both readings agree before
/// trusting an offset.
/// </summary>
public sealed class DocxDetails
{
    private static readonly HashSet<string> Computed = ["REF", "SEQ", "NOTEREF", "PAGEREF", "PAGE", "NUMPAGES", "SECTIONPAGES", "STYLEREF"];

    private static readonly HashSet<string> PropertyElements =
        ["pPr", "trPr", "tcPr", "tblPr", "tblGrid", "tblPrEx", "sdtPr", "sdtEndPr", "sectPr"];

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private readonly Dictionary<(string Part, int Paragraph), ParagraphDetails> paragraphs = [];

    // A paragraph without field results or formatting changes, nearly all of them, has no offset to
    // trust: of its reading only the length and hash are kept, enough to tell that both readings agree.
    private readonly Dictionary<(string Part, int Paragraph), (int Length, int Hash)> plain = [];

    public static DocxDetails Empty { get; } = new();

    /// <summary>The details of a paragraph, when this reading of it agrees with <paramref name="originalText"/>.</summary>
    public ParagraphDetails? Of(string part, int paragraph, string originalText)
    {
        if (paragraphs.TryGetValue((part, paragraph), out var details)) return details.OriginalText == originalText ? details : null;
        return plain.TryGetValue((part, paragraph), out var reading) && reading == Reading(originalText) ? new ParagraphDetails(originalText, [], []) : null;
    }

    private void Keep(string part, int paragraph, string originalText, List<FieldResult> fields, List<RunFormatChange> formats)
    {
        if (fields.Count == 0 && formats.Count == 0) plain[(part, paragraph)] = Reading(originalText);
        else paragraphs[(part, paragraph)] = new ParagraphDetails(originalText, fields, formats);
    }

    private static (int Length, int Hash) Reading(string text) => (text.Length, text.GetHashCode());

    public static DocxDetails Read(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return Read(document);
    }

    public static DocxDetails Read(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        return Read(document);
    }

    private static DocxDetails Read(WordprocessingDocument document)
    {
        var details = new DocxDetails();
        if (document.MainDocumentPart is not { } main) return details;
        var styles = RunStyles.Of(main);
        details.ReadPart(main, styles);
        if (main.FootnotesPart is { } footnotes) details.ReadPart(footnotes, styles);
        return details;
    }

    private void ReadPart(OpenXmlPart part, RunStyles styles)
    {
        var name = part.Uri.OriginalString.TrimStart('/');
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        new PartReader(name, this, styles).Read(xml);
    }

    private sealed class Field
    {
        public System.Text.StringBuilder Instruction { get; } = new();
        public bool InResult { get; set; }
        public bool IsComputed => Computed.Contains(Instruction.ToString().Trim().Split(' ', 2)[0].ToUpperInvariant());
    }

    private sealed class Paragraph(int index)
    {
        public int Index { get; } = index;
        public System.Text.StringBuilder Original { get; } = new();
        public List<FieldResult> Fields { get; } = [];
        public List<RunFormatChange> Formats { get; } = [];
        public int Insertions { get; set; }
        public string? Style { get; set; }
    }

    private sealed class PartReader(string part, DocxDetails output, RunStyles styles)
    {
        private readonly Stack<Paragraph> open = new();
        private readonly Stack<Field> fields = new();
        private readonly Stack<string> elements = new();
        private readonly Stack<(int Start, RunFormatting Formatting)?> runs = new();
        private int count;

        public void Read(XmlReader xml)
        {
            xml.MoveToContent();
            while (!xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && Start(xml)) continue;
                if (xml.NodeType == XmlNodeType.EndElement) End(xml.LocalName, IsW(xml));
                xml.Read();
            }
        }

        private static bool IsW(XmlReader xml) => xml.NamespaceURI is W or WStrict;

        /// <summary>Handles an element's start; true when the element was consumed whole (the reader already stands past it).</summary>
        private bool Start(XmlReader xml)
        {
            if (xml.LocalName == "Fallback" && xml.NamespaceURI == Mc)
            {
                xml.Skip();
                return true;
            }
            var w = IsW(xml);
            var name = xml.LocalName;
            if (w)
            {
                switch (name)
                {
                    case "t" or "delText":
                        Append(xml.ReadElementContentAsString());
                        return true;
                    case "instrText" or "delInstrText":
                        var code = xml.ReadElementContentAsString();
                        if (fields.TryPeek(out var f) && !f.InResult) f.Instruction.Append(code);
                        return true;
                    case "rPr" when elements.TryPeek(out var parent) && parent == "r":
                        var properties = (XElement)XNode.ReadFrom(xml);
                        if (runs.TryPop(out _))
                            runs.Push(RunFormatting.Of(properties, styles, open.TryPeek(out var inParagraph) ? inParagraph.Style : null) is { } formatting ? (Length, formatting) : null);
                        return true;
                    case "pPr" when elements.TryPeek(out var owner) && owner == "p":
                        var paragraphProperties = (XElement)XNode.ReadFrom(xml);
                        if (open.TryPeek(out var styled))
                            styled.Style = paragraphProperties.Elements().FirstOrDefault(e => e.Name.LocalName == "pStyle")
                                ?.Attributes().FirstOrDefault(a => a.Name.LocalName == "val")?.Value;
                        return true;
                    case "tab" or "ptab":
                        Append("\t");
                        break;
                    case "br" or "cr":
                        Append("\n");
                        break;
                    case "noBreakHyphen":
                        Append("\u2011");
                        break;
                    case "fldChar":
                        FieldChar(xml.GetAttribute("fldCharType", W) ?? xml.GetAttribute("fldCharType", WStrict));
                        break;
                    default:
                        if (PropertyElements.Contains(name) || name == "rPr")
                        {
                            xml.Skip();
                            return true;
                        }
                        break;
                }
            }
            if (xml.IsEmptyElement)
            {
                // An empty paragraph still counts.
                if (w && name == "p") output.Keep(part, count++, "", [], []);
                return false;
            }
            Begin(w ? name : "", xml);
            elements.Push(w ? name : "");
            return false;
        }

        private void Begin(string name, XmlReader xml)
        {
            switch (name)
            {
                case "p":
                    open.Push(new Paragraph(count++));
                    break;
                case "r":
                    runs.Push(null);
                    break;
                case "ins" or "moveTo":
                    if (open.TryPeek(out var p)) p.Insertions++;
                    break;
                case "fldSimple":
                    var field = new Field { InResult = true };
                    field.Instruction.Append(xml.GetAttribute("instr", W) ?? xml.GetAttribute("instr", WStrict));
                    fields.Push(field);
                    break;
            }
        }

        private void End(string name, bool w)
        {
            if (elements.Count > 0) elements.Pop();
            if (!w) return;
            switch (name)
            {
                case "p":
                    if (open.TryPop(out var done))
                        output.Keep(part, done.Index, done.Original.ToString(), done.Fields, done.Formats);
                    break;
                case "r":
                    if (runs.TryPop(out var run) && run is { } changed && open.TryPeek(out var paragraph) && Length > changed.Start)
                        paragraph.Formats.Add(new RunFormatChange(changed.Start, Length, changed.Formatting));
                    break;
                case "ins" or "moveTo":
                    if (open.TryPeek(out var p) && p.Insertions > 0) p.Insertions--;
                    break;
                case "fldSimple":
                    fields.TryPop(out _);
                    break;
            }
        }

        private void FieldChar(string? type)
        {
            switch (type)
            {
                case "begin":
                    fields.Push(new Field());
                    break;
                case "separate":
                    if (fields.TryPeek(out var f)) f.InResult = true;
                    break;
                case "end":
                    fields.TryPop(out _);
                    break;
            }
        }

        private int Length => open.TryPeek(out var p) ? p.Original.Length : 0;

        private void Append(string text)
        {
            if (!open.TryPeek(out var paragraph) || text.Length == 0 || paragraph.Insertions > 0) return;
            var start = paragraph.Original.Length;
            paragraph.Original.Append(text);
            // The innermost field whose result this is decides: a page number inside a table of contents entry is computed, a hyperlink's text is not.
            var result = fields.FirstOrDefault(f => f.InResult);
            if (result is null || !result.IsComputed) return;
            if (paragraph.Fields.Count > 0 && paragraph.Fields[^1] is var last && last.Start + last.Length == start)
                paragraph.Fields[^1] = last with { Length = last.Length + text.Length };
            else
                paragraph.Fields.Add(new FieldResult(start, text.Length));
        }
    }
}
