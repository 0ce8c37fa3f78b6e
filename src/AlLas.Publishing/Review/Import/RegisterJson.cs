using System.Text.Encodings.Web;
using System.Text.Json;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// `allas review list --json`: the contract of `review extract` (comments with parents, revisions),
/// each entry with its register id, `status`, `response` and `source` — {file, line, column, endLine,
/// endColumn, quote}, 1-based, file relative to the repository root — or {"unmapped": reason}.
/// </summary>
public static class RegisterJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<ReviewRegister> all, IEnumerable<(ReviewRegister Register, RegisterItem Item)> items)
    {
        var list = items.ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("comments");
            foreach (var (register, item) in list.Where(i => i.Item.IsComment))
            {
                json.WriteStartObject();
                json.WriteString("id", RegisterQuery.Qualified(all, register, item));
                if (item.Parent is null) json.WriteNull("parent");
                else json.WriteString("parent", RegisterQuery.Qualified(all, register, item with { Id = "c" + item.Parent }));
                json.WriteString("author", item.Reviewer);
                ReviewJson.NullableString(json, "initials", item.Initials);
                ReviewJson.NullableString(json, "date", item.Date);
                json.WriteBoolean("resolved", item.Resolved);
                json.WriteString("text", item.Text);
                json.WriteString("quote", item.Quote);
                Common(json, register, item);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("revisions");
            foreach (var (register, item) in list.Where(i => !i.Item.IsComment))
            {
                json.WriteStartObject();
                json.WriteString("id", RegisterQuery.Qualified(all, register, item));
                json.WriteString("kind", item.Kind);
                json.WriteString("author", item.Reviewer);
                ReviewJson.NullableString(json, "date", item.Date);
                json.WriteString("text", item.Text);
                Common(json, register, item);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Common(Utf8JsonWriter json, ReviewRegister register, RegisterItem item)
    {
        ReviewJson.Location(json, item.Location);
        json.WriteString("status", item.Status);
        ReviewJson.NullableString(json, "response", item.Response);
        json.WriteStartObject("source");
        if (item.Source is { } s)
        {
            json.WriteString("file", s.File);
            json.WriteNumber("line", s.Line);
            json.WriteNumber("column", s.Column);
            json.WriteNumber("endLine", s.EndLine);
            json.WriteNumber("endColumn", s.EndColumn);
            json.WriteString("quote", s.Quote);
        }
        else json.WriteString("unmapped", item.Unmapped ?? "");
        json.WriteEndObject();
        json.WriteString("register", register.Path);
    }
}
