using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AlLas.Publishing.Tests.Review;

/// <summary>
/// Counts revision marks straight from a docx's XML, by element name, the way the corpus INDEX
/// counts them, and tells apart what the reader must not report twice or reports under another
/// kind: the copies inside mc:Fallback (the same text box kept for older readers), numbering added
/// through w:numPr/w:ins, and marks on paragraph marks (w:pPr/w:rPr) and rows (w:trPr).
/// An oracle independent of the reader: System.Xml.Linq, no Open XML SDK.
/// </summary>
internal sealed partial class RawXmlCensus
{
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    [GeneratedRegex(@"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")]
    private static partial Regex StoryPart();

    /// <summary>Whitespace-free characters the INDEX counts, but only those inside mc:Fallback.</summary>
    public Dictionary<string, int> FallbackChars { get; } = new() { ["ins"] = 0, ["del"] = 0, ["moveFrom"] = 0, ["moveTo"] = 0 };

    /// <summary>
    /// Non-breaking hyphens (w:noBreakHyphen) in revised text, outside mc:Fallback: characters a reader
    /// sees, which the INDEX (counting w:t only) leaves out.
    /// </summary>
    public Dictionary<string, int> Hyphens { get; } = new() { ["ins"] = 0, ["del"] = 0, ["moveFrom"] = 0, ["moveTo"] = 0 };

    /// <summary>Marks the reader must not report: copies inside mc:Fallback, and the old properties kept inside a change (w:tcPrChange/w:tcPr/w:cellDel).</summary>
    public Dictionary<string, int> NotRevisionMarks { get; } = [];

    /// <summary>Marks outside mc:Fallback, by element name and the name of the parent ("ins@trPr").</summary>
    public Dictionary<string, int> MarksByParent { get; } = [];

    public int Marks(string name, string parent) => MarksByParent.GetValueOrDefault($"{name}@{parent}");

    public int NotRevision(string name) => NotRevisionMarks.GetValueOrDefault(name);

    public static RawXmlCensus Of(string docx)
    {
        var census = new RawXmlCensus();
        using var zip = ZipFile.OpenRead(docx);
        foreach (var entry in zip.Entries.Where(e => StoryPart().IsMatch(e.FullName)))
        {
            using var stream = entry.Open();
            census.Walk(XDocument.Load(stream).Root!);
        }
        return census;
    }

    private void CountHyphen(HashSet<string> names)
    {
        if (names.Contains("del")) Hyphens["del"]++;
        else if (names.Contains("moveFrom")) Hyphens["moveFrom"]++;
        else if (names.Contains("ins")) Hyphens["ins"]++;
        else if (names.Contains("moveTo")) Hyphens["moveTo"]++;
    }

    private void Walk(XElement root)
    {
        foreach (var e in root.Descendants())
        {
            var names = e.Ancestors().Select(a => a.Name.LocalName).ToHashSet();
            var inFallback = e.Ancestors().Any(a => a.Name == Mc + "Fallback");
            var history = e.Ancestors().Any(a => a.Name.LocalName.EndsWith("Change", StringComparison.Ordinal));
            var name = e.Name.LocalName;
            if (name is "ins" or "del" or "moveFrom" or "moveTo" or "rPrChange" or "pPrChange" or "cellDel" or "cellIns")
            {
                if (inFallback || history) NotRevisionMarks[name] = NotRevisionMarks.GetValueOrDefault(name) + 1;
                else
                {
                    var key = $"{name}@{e.Parent!.Name.LocalName}";
                    MarksByParent[key] = MarksByParent.GetValueOrDefault(key) + 1;
                }
            }
            if (!inFallback)
            {
                if (name == "noBreakHyphen") CountHyphen(names);
                continue;
            }
            // The INDEX's definitions: ins = w:t under w:ins not under w:del (nor moved away),
            // del = w:delText under w:del, moves = w:t under w:moveFrom / w:moveTo.
            var chars = e.Value.Count(c => !char.IsWhiteSpace(c));
            if (name == "t" && names.Contains("ins") && !names.Contains("del") && !names.Contains("moveFrom")) FallbackChars["ins"] += chars;
            if (name == "delText" && names.Contains("del")) FallbackChars["del"] += chars;
            if (name == "t" && names.Contains("moveFrom")) FallbackChars["moveFrom"] += chars;
            if (name == "t" && names.Contains("moveTo")) FallbackChars["moveTo"] += chars;
        }
    }
}
