using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace AlLas.Publishing.Review;

/// <summary>
/// An element of a part as the review reader needs it: name, attributes, children and text. The
/// Open XML SDK's typed DOM builds an object per element with its schema metadata, which took most of
/// the time of reading a reviewed draft; this tree is read once, forward, with an XmlReader, under
/// the same rules as the SDK (DTDs prohibited, whitespace kept where the SDK keeps it, nothing of
/// markup compatibility processed: mc:Fallback stays an element for the reader to skip).
/// </summary>
internal sealed class WordElement
{
    private static readonly List<WordElement> NoChildren = [];

    /// <summary>
    /// The namespaces the SDK reads as others: the Strict ones as their Transitional twins, and
    /// those of Office's pre-release formats (a commentsExtended.xml of Word 2013's beta, for one)
    /// as the final ones.
    /// </summary>
    private static readonly Dictionary<string, string> Translated = new(StringComparer.Ordinal)
    {
        { "http://schemas.openxmlformats.org/wordprocessingml/2006/3/main", "http://schemas.openxmlformats.org/wordprocessingml/2006/main" },
        { "http://schemas.openxmlformats.org/wordprocessingml/2006/5/main", "http://schemas.openxmlformats.org/wordprocessingml/2006/main" },
        { "http://schemas.openxmlformats.org/wordprocessingml/2006/6/main", "http://schemas.openxmlformats.org/wordprocessingml/2006/main" },
        { "http://schemas.openxmlformats.org/spreadsheetml/2006/5/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main" },
        { "http://schemas.openxmlformats.org/spreadsheetml/2006/7/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main" },
        { "http://schemas.openxmlformats.org/presentationml/2006/3/main", "http://schemas.openxmlformats.org/presentationml/2006/main" },
        { "http://schemas.openxmlformats.org/drawingml/2006/3/main", "http://schemas.openxmlformats.org/drawingml/2006/main" },
        { "http://schemas.microsoft.com/office/word/2010/11/wordml", "http://schemas.microsoft.com/office/word/2012/wordml" },
        { "http://purl.oclc.org/ooxml/descriptions/base", "http://descriptions.openxmlformats.org/description/base" },
        { "http://purl.oclc.org/ooxml/descriptions/full", "http://descriptions.openxmlformats.org/description/full" },
        { "http://purl.oclc.org/ooxml/drawingml/chart", "http://schemas.openxmlformats.org/drawingml/2006/chart" },
        { "http://purl.oclc.org/ooxml/drawingml/chartDrawing", "http://schemas.openxmlformats.org/drawingml/2006/chartDrawing" },
        { "http://purl.oclc.org/ooxml/drawingml/diagram", "http://schemas.openxmlformats.org/drawingml/2006/diagram" },
        { "http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main" },
        { "http://purl.oclc.org/ooxml/drawingml/picture", "http://schemas.openxmlformats.org/drawingml/2006/picture" },
        { "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" },
        { "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" },
        { "http://purl.oclc.org/ooxml/officeDocument/bibliography", "http://schemas.openxmlformats.org/officeDocument/2006/bibliography" },
        { "http://purl.oclc.org/ooxml/officeDocument/customProperties", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" },
        { "http://purl.oclc.org/ooxml/officeDocument/customXml", "http://schemas.openxmlformats.org/officeDocument/2006/customXml" },
        { "http://purl.oclc.org/ooxml/officeDocument/customXmlDataProps", "http://schemas.openxmlformats.org/officeDocument/2006/customXmlDataProps" },
        { "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes" },
        { "http://purl.oclc.org/ooxml/officeDocument/extendedProperties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" },
        { "http://purl.oclc.org/ooxml/officeDocument/math", "http://schemas.openxmlformats.org/officeDocument/2006/math" },
        { "http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships" },
        { "http://purl.oclc.org/ooxml/presentationml/main", "http://schemas.openxmlformats.org/presentationml/2006/main" },
        { "http://purl.oclc.org/ooxml/schemaLibrary/main", "http://schemas.openxmlformats.org/schemaLibrary/2006/main" },
        { "http://purl.oclc.org/ooxml/spreadsheetml/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main" },
        { "http://purl.oclc.org/ooxml/wordprocessingml/main", "http://schemas.openxmlformats.org/wordprocessingml/2006/main" },
        { "http://purl.oclc.org/ooxml/drawingml/lockedCanvas", "http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas" },
        { "http://purl.oclc.org/ooxml/drawingml/compatibility", "http://schemas.openxmlformats.org/drawingml/2006/compatibility" },
        { "http://purl.oclc.org/ooxml/officeDocument/sharedTypes", "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes" },
        { "http://purl.oclc.org/ooxml/officeDocument/relationships/customXml", "http://schemas.openxmlformats.org/officeDocument/2006/customXml" },
    };
    private static readonly (string LocalName, string NamespaceUri, string Value)[] NoAttributes = [];

    private List<WordElement>? children;
    private string? text;
    private bool whitespaceOnly;
    private bool inProperties;

    private WordElement(string localName, string namespaceUri, WordElement? parent)
    {
        LocalName = localName;
        NamespaceUri = namespaceUri;
        Parent = parent;
    }

    public string LocalName { get; }

    public string NamespaceUri { get; }

    public WordElement? Parent { get; }

    public List<WordElement> ChildElements => children ?? NoChildren;

    public (string LocalName, string NamespaceUri, string Value)[] Attributes { get; private set; } = NoAttributes;

    /// <summary>The element's own text and that of every element in it, in document order.</summary>
    public string InnerText
    {
        get
        {
            if (children is null) return OwnText;
            var all = new StringBuilder();
            AppendText(all);
            return all.ToString();
        }
    }

    private string OwnText => text ?? "";

    private void AppendText(StringBuilder all)
    {
        // Text and elements are not interleaved in the parts read here (a w:t holds text, a w:r elements).
        all.Append(OwnText);
        if (children is null) return;
        foreach (var child in children) child.AppendText(all);
    }

    public IEnumerable<WordElement> Descendants()
    {
        if (children is null) yield break;
        var stack = new Stack<(WordElement Element, int Next)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (element, next) = stack.Pop();
            if (element.children is null || next >= element.children.Count) continue;
            stack.Push((element, next + 1));
            var child = element.children[next];
            yield return child;
            stack.Push((child, 0));
        }
    }

    public IEnumerable<WordElement> Ancestors()
    {
        for (var e = Parent; e is not null; e = e.Parent) yield return e;
    }

    /// <summary>
    /// The root element of a part, or null when the part holds no element (the SDK's RootElement is
    /// null then too). A root of another name is an error, as it is for the SDK.
    /// </summary>
    public static WordElement? Load(OpenXmlPart part, string rootLocalName, params string[] rootNamespaces)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        WordElement? root = null;
        Read(stream, rootLocalName, rootNamespaces, streamed: null, e => root = e);
        return root;
    }

    /// <summary>
    /// Reads a story part block by block: its root and w:body are not built; every element in them is
    /// built with all it holds, handed to <paramref name="visit"/> in document order and let go, so that
    /// a long document never stands whole in memory. False when the part holds no element.
    /// </summary>
    public static bool Stream(OpenXmlPart part, string rootLocalName, string[] rootNamespaces, Action<WordElement> visit)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return Read(stream, rootLocalName, rootNamespaces, streamed: "body", visit);
    }

    /// <param name="streamed">
    /// Null to build the whole part and hand its root to <paramref name="visit"/>; else the name of
    /// the element under the root whose children are handed over one by one, as the root's own are.
    /// </param>
    private static bool Read(Stream stream, string rootLocalName, string[] rootNamespaces, string? streamed, Action<WordElement> visit)
    {
        // As the SDK: fewer than four bytes hold no element.
        if (stream.CanSeek && stream.Length < 4) return false;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(stream, settings);
        if (!reader.Read()) return false;
        reader.MoveToContent();
        if (reader.EOF || reader.NodeType != XmlNodeType.Element) return false;
        if (reader.LocalName != rootLocalName || !rootNamespaces.Contains(Translate(reader.NamespaceURI)))
            throw new InvalidDataException($"el elemento raíz es {reader.Name} ({reader.NamespaceURI}), no {rootLocalName}");

        // Elements not built, whose children are handed over one by one: the root, and w:body in it.
        var passedThrough = 0;
        WordElement? current = null;
        if (streamed is null)
        {
            current = Start(reader, null);
            if (reader.IsEmptyElement)
            {
                visit(current);
                return true;
            }
        }
        else if (reader.IsEmptyElement) return true;
        else passedThrough = 1;

        var skipped = false;
        while (skipped || reader.Read())
        {
            skipped = false;
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (current is null)
                    {
                        if (passedThrough == 1 && reader.LocalName == streamed && Translate(reader.NamespaceURI) == WordNames.W)
                        {
                            if (!reader.IsEmptyElement) passedThrough++;
                            break;
                        }
                        var block = Start(reader, null);
                        if (reader.IsEmptyElement) visit(block);
                        else current = block;
                        break;
                    }
                    if (current.inProperties && !KeptInProperties.Contains(reader.LocalName))
                    {
                        reader.Skip();
                        skipped = true;
                        break;
                    }
                    var element = Start(reader, current);
                    // The SDK drops whitespace between elements; it keeps it only as the text of a text element.
                    if (current.children is null && current.whitespaceOnly) current.text = null;
                    current.whitespaceOnly = false;
                    (current.children ??= []).Add(element);
                    if (!reader.IsEmptyElement) current = element;
                    break;
                case XmlNodeType.EndElement:
                    if (current is null)
                    {
                        if (--passedThrough == 0) return true;
                    }
                    else if (current.Parent is null)
                    {
                        visit(current);
                        current = null;
                        if (streamed is null) return true;
                    }
                    else current = current.Parent;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    current?.AddText(reader.Value, whitespace: false);
                    break;
                case XmlNodeType.Whitespace:
                    if (current is { children: null }) current.AddText(reader.Value, whitespace: true);
                    break;
            }
        }
        if (current is not null && streamed is null)
        {
            while (current.Parent is not null) current = current.Parent;
            visit(current);
        }
        return true;
    }

    private static string Translate(string namespaceUri) =>
        namespaceUri.Length > 0 && Translated.TryGetValue(namespaceUri, out var translated) ? translated : namespaceUri;

    private void AddText(string value, bool whitespace)
    {
        whitespaceOnly = (text is null || whitespaceOnly) && whitespace;
        if (text is null)
        {
            text = value;
            return;
        }
        text += value;
    }

    private static WordElement Start(XmlReader reader, WordElement? parent)
    {
        var element = new WordElement(reader.LocalName, Translate(reader.NamespaceURI), parent);
        element.inProperties = parent is { inProperties: true }
            || element.NamespaceUri == WordNames.W && PropertyElements.Contains(element.LocalName);
        if (reader.HasAttributes)
        {
            List<(string, string, string)>? attributes = null;
            while (reader.MoveToNextAttribute())
            {
                // Namespace declarations are not attributes of the element for the SDK either.
                if (!ReadAttributes.Contains(reader.LocalName) || reader.NamespaceURI == "http://www.w3.org/2000/xmlns/") continue;
                (attributes ??= []).Add((reader.LocalName, Translate(reader.NamespaceURI), reader.Value));
            }
            reader.MoveToElement();
            if (attributes is not null) element.Attributes = [.. attributes];
        }
        return element;
    }

    /// <summary>
    /// Properties hold the marks of formatting changes among dozens of settings (fonts, sizes,
    /// languages, spacing) nothing reads: only these are kept under w:pPr, w:rPr, w:tblPr... and the
    /// rest is not built. The story walker reads property elements only through these names.
    /// </summary>
    private static readonly HashSet<string> KeptInProperties =
    [
        "pPrChange", "numPr", "ins", "del", "moveFrom", "moveTo", "rPrChange", "sectPr", "sectPrChange", "rPr", "b", "i",
        "tblPrChange", "tblGridChange", "trPrChange", "tblPrExChange", "cellIns", "cellDel", "cellMerge", "tcPrChange",
    ];

    private static readonly HashSet<string> PropertyElements =
        ["pPr", "rPr", "trPr", "tcPr", "tblPr", "tblGrid", "tblPrEx", "sectPr", "sdtPr", "sdtEndPr"];

    /// <summary>The attributes the review reads; no other is kept (a draft carries an rsid on every run).</summary>
    public static readonly HashSet<string> ReadAttributes =
        ["author", "date", "dateUtc", "done", "durableId", "id", "initials", "name", "paraId", "paraIdParent", "userId", "val"];
}
