using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// Complex fields (begin, instruction, separate, cached result, end) rather than w:fldSimple:
/// readers that do not evaluate fields (pandoc, Google Docs) show the cached result, and the result
/// can hold several runs. No field is marked dirty, so Word never asks to update on opening.
/// </summary>
public static class DocxFields
{
    public static IEnumerable<Run> Field(string instruction, RunProperties? format, params Run[] result)
    {
        yield return new Run(Clone(format), new FieldChar { FieldCharType = FieldCharValues.Begin });
        yield return new Run(Clone(format), new FieldCode(" " + instruction + " ") { Space = SpaceProcessingModeValues.Preserve });
        yield return new Run(Clone(format), new FieldChar { FieldCharType = FieldCharValues.Separate });
        foreach (var r in result) yield return r;
        yield return new Run(Clone(format), new FieldChar { FieldCharType = FieldCharValues.End });
    }

    public static IEnumerable<Run> Field(string instruction, RunProperties? format, string cachedText) =>
        Field(instruction, format, TextRun(cachedText, format));

    public static Run TextRun(string text, RunProperties? format) =>
        new(Clone(format), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>SEQ Figura / SEQ Tabla: the caption number Word renumbers when figures move.</summary>
    public static IEnumerable<Run> Sequence(string identifier, int number, RunProperties? format) =>
        Field($"SEQ {identifier} \\* ARABIC", format, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>REF to a bookmark, as a hyperlink (\h); \r quotes the paragraph number of a heading.</summary>
    public static IEnumerable<Run> Reference(string bookmark, bool paragraphNumber, string cachedText, RunProperties? format, bool lowercase = false) =>
        Field($"REF {bookmark}{(paragraphNumber ? " \\r" : "")} \\h{(lowercase ? " \\* Lower" : "")}", format, cachedText);

    public static IEnumerable<Run> Page(RunProperties? format, string cachedText = "1") => Field("PAGE", format, cachedText);

    public static IEnumerable<Run> PageReference(string bookmark, string cachedText, RunProperties? format) =>
        Field($"PAGEREF {bookmark} \\h", format, cachedText);

    private static RunProperties? Clone(RunProperties? format) => (RunProperties?)format?.CloneNode(true);
}
