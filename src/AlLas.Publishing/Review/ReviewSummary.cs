using System.Text;

namespace AlLas.Publishing.Review;

/// <summary>The Markdown summary of `allas review extract --format md`, for a person to read (in Spanish).</summary>
public static class ReviewSummary
{
    private const int MaxShown = 160;

    public static string Write(ReviewExtract extract)
    {
        var md = new StringBuilder();
        var replies = extract.Comments.Count(c => c.Parent is not null);
        var resolved = extract.Comments.Count(c => c.Resolved);
        md.Append("# Revisión de ").AppendLine(Path.GetFileName(extract.File)).AppendLine();
        md.AppendLine($"{Count(extract.Comments.Count - replies, "comentario", "comentarios")}, {Count(replies, "respuesta", "respuestas")} "
            + $"({Count(resolved, "resuelto", "resueltos")}) y {Count(extract.Revisions.Count, "cambio", "cambios")}.");
        md.AppendLine().AppendLine("## Comentarios").AppendLine();
        if (extract.Comments.Count == 0) md.AppendLine("Ninguno.");
        var children = extract.Comments.Where(c => c.Parent is not null).ToLookup(c => c.Parent!);
        var known = extract.Comments.Select(c => c.Id).ToHashSet();
        foreach (var root in extract.Comments.Where(c => c.Parent is null || !known.Contains(c.Parent)))
            Comment(md, root, children, depth: 0, []);

        md.AppendLine().AppendLine("## Cambios").AppendLine();
        if (extract.Revisions.Count == 0)
        {
            md.AppendLine("Ninguno.");
            return md.ToString();
        }
        md.AppendLine("| Tipo | Autor | Fecha | Texto | Ubicación |").AppendLine("|---|---|---|---|---|");
        foreach (var r in extract.Revisions)
            md.AppendLine($"| {r.Kind.Label()} | {Cell(r.Author)} | {ReviewJson.Date(r.Date)} | {Cell(Short(r.Text))} | {Where(r.Location)} |");
        return md.ToString();
    }

    private static void Comment(StringBuilder md, ReviewComment c, ILookup<string, ReviewComment> children, int depth, HashSet<string> seen)
    {
        if (!seen.Add(c.Id)) return;
        var indent = new string(' ', depth * 2);
        var state = c.Resolved ? " (resuelto)" : "";
        var author = c.Author.Length > 0 ? c.Author : "(sin autor)";
        md.Append(indent).Append($"- **{author}**, {ReviewJson.Date(c.Date)}{state}");
        if (depth == 0)
            md.Append(c.Quote.Length > 0 ? $", sobre «{Short(c.Quote)}»" : ", en un punto del texto").Append($" ({Where(c.Location)})");
        md.AppendLine(":");
        foreach (var line in c.Text.Split('\n')) md.Append(indent).Append("  ").AppendLine(line.Length > 0 ? $"> {line}" : ">");
        foreach (var reply in children[c.Id]) Comment(md, reply, children, depth + 1, seen);
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    private static string Where(DocxLocation? location) =>
        location is null ? "sin ubicación" : $"{location.Part}, párrafo {location.Paragraph + 1}";

    private static string Short(string text)
    {
        var flat = text.ReplaceLineEndings(" ¶ ").Replace('\t', ' ');
        return flat.Length <= MaxShown ? flat : flat[..MaxShown] + "…";
    }

    private static string Cell(string text) => text.Replace("|", "\\|");
}
