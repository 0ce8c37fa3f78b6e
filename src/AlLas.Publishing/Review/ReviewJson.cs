using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AlLas.Publishing.Review;

/// <summary>
/// The JSON contract of `allas review extract`, read by other tools: camelCase keys in a fixed order,
/// replies as comments with a parent, dates in ISO 8601, locations as <see cref="DocxLocation"/>.
/// Written by hand with Utf8JsonWriter so that the order never depends on reflection.
/// </summary>
public static class ReviewJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Reviewers write in Spanish: keep accents readable instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ReviewExtract extract)
    {
        // Sized at once: the paragraph text of thousands of items grown by doubling kept the collector copying it.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(Math.Max(4096, 400 * (extract.Comments.Count + extract.Revisions.Count)));
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("comments");
            foreach (var c in extract.Comments) Comment(json, c);
            json.WriteEndArray();
            json.WriteStartArray("revisions");
            foreach (var r in extract.Revisions) Revision(json, r);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string Date(DateTimeOffset? date) => date is not { } d ? "" :
        d.Offset == TimeSpan.Zero
            ? d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void Comment(Utf8JsonWriter json, ReviewComment c)
    {
        json.WriteStartObject();
        json.WriteString("id", c.Id);
        NullableString(json, "parent", c.Parent);
        json.WriteString("author", c.Author);
        NullableString(json, "initials", c.Initials);
        NullableString(json, "date", c.Date is null ? null : Date(c.Date));
        json.WriteBoolean("resolved", c.Resolved);
        json.WriteString("text", c.Text);
        json.WriteString("quote", c.Quote);
        Location(json, c.Location);
        json.WriteEndObject();
    }

    private static void Revision(Utf8JsonWriter json, ReviewRevision r)
    {
        json.WriteStartObject();
        json.WriteString("kind", r.Kind.Name());
        json.WriteString("author", r.Author);
        NullableString(json, "date", r.Date is null ? null : Date(r.Date));
        json.WriteString("text", r.Text);
        Location(json, r.Location);
        json.WriteEndObject();
    }

    /// <summary>The contract's `location`, shared with the review register's JSON.</summary>
    internal static void Location(Utf8JsonWriter json, DocxLocation? location)
    {
        if (location is null)
        {
            json.WriteNull("location");
            return;
        }
        json.WriteStartObject("location");
        json.WriteString("part", location.Part);
        json.WriteNumber("paragraph", location.Paragraph);
        json.WriteNumber("start", location.Start);
        json.WriteNumber("endParagraph", location.EndParagraph);
        json.WriteNumber("end", location.End);
        json.WriteString("paragraphText", location.ParagraphText);
        json.WriteEndObject();
    }

    internal static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
