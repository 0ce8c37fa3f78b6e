using System.Text.Encodings.Web;
using System.Text.Json;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// `allas review list --json`: the contract of `review extract` (comments with parents, revisions),
/// each entry with its register id, `status`, `response` and `source` — {file, line, column, endLine,
/// endColumn, quote}, 1-based, file relative to the repository root, with "continues" (the same
/// shape, one per later file) for a range that runs on into other files — or {"unmapped": reason}.
/// Items that `review apply` leaves to the writers say why in "manual"; formatting changes say what
/// changed in "formatting", inserted or deleted rows list their "cells".
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
            Span(json, s);
            if (item.Continues.Count > 0)
            {
                // A range that runs on into later files: its part in each, same shape.
                json.WriteStartArray("continues");
                foreach (var c in item.Continues)
                {
                    json.WriteStartObject();
                    Span(json, c);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
        }
        else json.WriteString("unmapped", item.Unmapped ?? "");
        json.WriteEndObject();
        if (item.Formatting is not null) json.WriteString("formatting", item.Formatting);
        if (item.Cells is not null)
        {
            json.WriteStartArray("cells");
            foreach (var c in item.Cells) json.WriteStringValue(c);
            json.WriteEndArray();
        }
        if (item.Manual is not null) json.WriteString("manual", item.Manual);
        json.WriteString("register", register.Path);
    }

    private static void Span(Utf8JsonWriter json, SourceLocation span)
    {
        json.WriteString("file", span.File);
        json.WriteNumber("line", span.Line);
        json.WriteNumber("column", span.Column);
        json.WriteNumber("endLine", span.EndLine);
        json.WriteNumber("endColumn", span.EndColumn);
        json.WriteString("quote", span.Quote);
    }
}
