using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace AlLas.Publishing.Tests.Support;

/// <summary>The Open XML SDK validator at the newest file format version it knows (Microsoft 365).</summary>
public static class DocxValidation
{
    public const FileFormatVersions Newest = FileFormatVersions.Microsoft365;

    private const int Listed = 100;

    /// <summary>Each error as "part path: description [id]".</summary>
    public static IReadOnlyList<string> Errors(string docx)
    {
        using var doc = WordprocessingDocument.Open(docx, isEditable: false);
        return Errors(doc);
    }

    public static IReadOnlyList<string> Errors(WordprocessingDocument doc) =>
        new OpenXmlValidator(Newest).Validate(doc).Select(Describe).ToList();

    public static void AssertValid(string docx)
    {
        var errors = Errors(docx);
        if (errors.Count == 0) return;
        var shown = string.Join("\n", errors.Take(Listed).Select(e => "  " + e));
        var more = errors.Count > Listed ? $"\n  ... and {errors.Count - Listed} more" : "";
        Assert.Fail($"{docx}: {errors.Count} Open XML validation error(s) at {Newest}:\n{shown}{more}");
    }

    private static string Describe(ValidationErrorInfo e) =>
        $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description} [{e.Id}]";
}
