using System.Text.Json;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>An entry of `allas review list --json`, as another tool reads it.</summary>
public sealed record ImportedItem(string Id, string Kind, string Author, string Text, string? Quote, string Status, string? Response,
    string? File, int Line, int Column, int EndLine, int EndColumn, string? SourceQuote, string? Unmapped)
{
    public static IReadOnlyList<ImportedItem> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var items = new List<ImportedItem>();
        foreach (var (array, kind) in new[] { ("comments", "comment"), ("revisions", (string?)null) })
        {
            foreach (var e in doc.RootElement.GetProperty(array).EnumerateArray())
            {
                var source = e.GetProperty("source");
                var mapped = source.TryGetProperty("file", out var file);
                items.Add(new ImportedItem(
                    e.GetProperty("id").GetString()!,
                    kind ?? e.GetProperty("kind").GetString()!,
                    e.GetProperty("author").GetString()!,
                    e.GetProperty("text").GetString()!,
                    e.TryGetProperty("quote", out var q) ? q.GetString() : null,
                    e.GetProperty("status").GetString()!,
                    e.GetProperty("response").ValueKind == JsonValueKind.Null ? null : e.GetProperty("response").GetString(),
                    mapped ? file.GetString() : null,
                    mapped ? source.GetProperty("line").GetInt32() : 0,
                    mapped ? source.GetProperty("column").GetInt32() : 0,
                    mapped ? source.GetProperty("endLine").GetInt32() : 0,
                    mapped ? source.GetProperty("endColumn").GetInt32() : 0,
                    mapped ? source.GetProperty("quote").GetString() : null,
                    mapped ? null : source.GetProperty("unmapped").GetString()));
            }
        }
        return items;
    }
}

/// <summary>Where text stands in a source file, 1-based, as an editor shows it.</summary>
public static class SourcePosition
{
    public static (int Line, int Column) Of(string fileText, string text, int skip = 0)
    {
        var at = -1;
        for (var i = 0; i <= skip; i++)
        {
            at = fileText.IndexOf(text, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"the source does not hold «{text}»");
        }
        var before = fileText[..at];
        return (before.Count(c => c == '\n') + 1, at - (before.LastIndexOf('\n') + 1) + 1);
    }

    /// <summary>The position of the last character of text.</summary>
    public static (int Line, int Column) EndOf(string fileText, string text, int skip = 0)
    {
        var (line, column) = Of(fileText, text, skip);
        var lines = text.Split('\n');
        return lines.Length == 1 ? (line, column + text.Length - 1) : (line + lines.Length - 1, lines[^1].Length);
    }
}
