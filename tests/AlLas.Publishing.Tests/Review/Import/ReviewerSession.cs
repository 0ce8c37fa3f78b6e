using System.Text.Json;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>Tools/uno/reviewer.py: LibreOffice Writer opens a draft, a coordinator comments and edits it, it saves a docx.</summary>
public static class ReviewerSession
{
    public static void Review(LibreOffice lo, string input, string output, params object[] steps)
    {
        var ops = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, Path.GetFileNameWithoutExtension(output) + ".ops.json");
        File.WriteAllText(ops, JsonSerializer.Serialize(steps));
        try
        {
            lo.RunUno(Path.Combine(LibreOffice.UnoScripts, "reviewer.py"), [Path.GetFullPath(input), Path.GetFullPath(output), "--ops", ops], TimeSpan.FromMinutes(6));
        }
        finally
        {
            File.Delete(ops);
        }
        Assert.True(File.Exists(output), $"LibreOffice saved no {output}");
    }

    public static object Author(string name) => new Dictionary<string, object> { ["op"] = "author", ["name"] = name };
    public static object Track(bool on) => new Dictionary<string, object> { ["op"] = "track", ["on"] = on };
    public static object Comment(string find, string text, string author, bool inTable = false) =>
        new Dictionary<string, object> { ["op"] = "comment", ["find"] = find, ["text"] = text, ["author"] = author, ["in-table"] = inTable };
    public static object CommentAcross(string from, int fromSkip, string to, string text, string author) =>
        new Dictionary<string, object> { ["op"] = "comment-across", ["from"] = from, ["from-skip"] = fromSkip, ["to"] = to, ["text"] = text, ["author"] = author };
    public static object InsertAfter(string find, string text) => new Dictionary<string, object> { ["op"] = "insert-after", ["find"] = find, ["text"] = text };
    public static object Delete(string find) => new Dictionary<string, object> { ["op"] = "delete", ["find"] = find };
    public static object Replace(string find, string text) => new Dictionary<string, object> { ["op"] = "replace", ["find"] = find, ["text"] = text };
    public static object Split(string after) => new Dictionary<string, object> { ["op"] = "split", ["after"] = after };
    public static object InsertBefore(string find, string text) => new Dictionary<string, object> { ["op"] = "insert-before", ["find"] = find, ["text"] = text };
    public static object Bold(string find) => new Dictionary<string, object> { ["op"] = "format", ["find"] = find, ["bold"] = true };
    public static object Italic(string find) => new Dictionary<string, object> { ["op"] = "format", ["find"] = find, ["italic"] = true };
    public static object Underline(string find) => new Dictionary<string, object> { ["op"] = "format", ["find"] = find, ["underline"] = true };
    public static object NewParagraph(string after, string text) => new Dictionary<string, object> { ["op"] = "new-paragraph", ["after"] = after, ["text"] = text };
    public static object DeleteParagraph(string find) => new Dictionary<string, object> { ["op"] = "delete-paragraph", ["find"] = find };
    public static object Join(string find) => new Dictionary<string, object> { ["op"] = "join", ["find"] = find };
    public static object AcceptAll() => new Dictionary<string, object> { ["op"] = "accept-all" };
    public static object DeleteRow(string cell) => new Dictionary<string, object> { ["op"] = "delete-row", ["cell"] = cell };
    public static object InsertRow(string afterCell, params string[] cells) =>
        new Dictionary<string, object> { ["op"] = "insert-row", ["after-cell"] = afterCell, ["cells"] = cells };
}
