namespace AlLas.Publishing.Review.Import;

/// <summary>How `review list` names and shows a register item to the writers.</summary>
public static class ReviewListing
{
    /// <summary>The kind in Spanish; edits made without Track Changes (ids u1, u2...) say so.</summary>
    public static string Label(RegisterItem item)
    {
        if (item.IsComment) return "comentario";
        var label = RevisionKinds.Parse(item.Kind).Label();
        return item.Id.StartsWith('u') && item.Kind != "untracked-edit" ? $"{label} (sin control)" : label;
    }

    /// <summary>What the item says: a comment's text, an edit as old → new, a row's cells, a formatting change with what changed.</summary>
    public static string Text(RegisterItem item) => item.Kind switch
    {
        "comment" => item.Text,
        "untracked-edit" => $"«{item.Quote}» → «{item.Text}»",
        "format" => item.Formatting is { Length: > 0 } f ? $"{item.Text} ({Spanish(RunFormatting.Parse(f))})" : item.Text,
        "row-insert" or "row-delete" when item.Cells is { } cells => string.Join(" | ", cells),
        "paragraph-insert" or "paragraph-delete" when item.Source is { } s => $"…{Tail(s.Before + s.Quote)} ¶ {Head(s.After)}…",
        _ => item.Text,
    };

    /// <summary>Text on one line, cut at <paramref name="length"/> characters.</summary>
    public static string Short(string text, int length = 100)
    {
        var flat = text.ReplaceLineEndings(" ¶ ");
        return flat.Length <= length ? flat : flat[..length] + "…";
    }

    private static string Tail(string text) => text.Length <= 30 ? text : text[^30..];

    private static string Head(string text) => text.Length <= 30 ? text : text[..30];

    private static string Spanish(RunFormatting f)
    {
        var parts = new List<string>();
        if (f.Bold is { } bold) parts.Add(bold ? "negrita" : "sin negrita");
        if (f.Italic is { } italic) parts.Add(italic ? "cursiva" : "sin cursiva");
        if (f.Others.Count > 0) parts.Add(f.OthersInSpanish);
        return string.Join(", ", parts);
    }
}
