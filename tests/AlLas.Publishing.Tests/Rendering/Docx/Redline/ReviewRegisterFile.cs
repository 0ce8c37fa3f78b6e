using System.Text;

namespace AlLas.Publishing.Tests.Rendering.Docx.Redline;

/// <summary>
/// A review register as `review import` writes it (content/&lt;doc&gt;/revisiones/&lt;release&gt;/&lt;file&gt;.yml),
/// built from comments given by the quoted text they were on in the release's sources.
/// </summary>
internal sealed class ReviewRegisterFile(string releasedSource, string sourceFile)
{
    private readonly List<string> items = [];

    public sealed record Comment(string Id, string Reviewer, string Quote, string Text, string Status = "open",
        string? Response = null, string? Parent = null, string Date = "2024-03-10T12:00:00Z");

    /// <summary>A tracked change of the reviewer's file: its kind ("insert", "delete"), its text, and the release text it was beside (an insertion) or on (a deletion).</summary>
    public sealed record Change(string Id, string Reviewer, string Kind, string Text, string At, string Date,
        string Status = "addressed", string? Response = "aplicado");

    public ReviewRegisterFile AddChange(Change c)
    {
        var (line, column) = Locate(c.At);
        var deleted = c.Kind == "delete" ? c.At : "";
        var item = new StringBuilder();
        item.Append($"- id: {c.Id}\n  kind: {c.Kind}\n  reviewer: {Q(c.Reviewer)}\n  date: {Q(c.Date)}\n  text: {Q(c.Text)}\n  quote: ''\n  location: null\n");
        var end = deleted.Length == 0 ? column : column + deleted.Length - 1;
        item.Append($"  source:\n    file: {sourceFile}\n    line: {line}\n    column: {column}\n    endLine: {line}\n    endColumn: {end}\n    quote: {Q(deleted)}\n    before: ''\n    after: ''\n");
        item.Append($"  status: {c.Status}\n  response: {(c.Response is null ? "null" : Q(c.Response))}\n");
        items.Add(item.ToString());
        return this;
    }

    public ReviewRegisterFile Add(Comment c)
    {
        // A quote across paragraphs reads them joined by one line break, as review import gives it.
        var lines = c.Quote.Split('\n');
        var (line, column) = Locate(lines[0]);
        var (endLine, endColumn) = (line, column + c.Quote.Length - 1);
        if (lines.Length > 1)
        {
            var (last, lastColumn) = Locate(lines[^1]);
            (endLine, endColumn) = (last, lastColumn + lines[^1].Length - 1);
        }
        var item = new StringBuilder();
        item.Append($"- id: {c.Id}\n  kind: comment\n  reviewer: {Q(c.Reviewer)}\n  initials: {Q(c.Reviewer[..1])}\n  date: {Q(c.Date)}\n");
        item.Append($"  parent: {(c.Parent is null ? "null" : Q(c.Parent))}\n  resolved: false\n  text: {Q(c.Text)}\n  quote: {Q(c.Parent is null ? c.Quote : "")}\n");
        item.Append("  location: null\n");
        item.Append($"  source:\n    file: {sourceFile}\n    line: {line}\n    column: {column}\n    endLine: {endLine}\n    endColumn: {endColumn}\n    quote: {Q(c.Quote)}\n    before: ''\n    after: ''\n");
        item.Append($"  status: {c.Status}\n  response: {(c.Response is null ? "null" : Q(c.Response))}\n");
        items.Add(item.ToString());
        return this;
    }

    public string Yaml(string document, string release) =>
        $"document: {document}\nrelease: {release}\ncommit: {new string('0', 40)}\nfile: revision-cg.docx\nsha256: {new string('a', 64)}\nreviewers:\n- Coordinación General\nitems:\n{string.Concat(items)}";

    private (int Line, int Column) Locate(string quote)
    {
        var at = releasedSource.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{quote}' is not in the release's source");
        var before = releasedSource[..at];
        return (before.Count(ch => ch == '\n') + 1, at - before.LastIndexOf('\n'));
    }

    // A line break in a single-quoted scalar would read as a space: such text goes double-quoted.
    private static string Q(string s) => s.Contains('\n')
        ? "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\""
        : "'" + s.Replace("'", "''") + "'";
}
