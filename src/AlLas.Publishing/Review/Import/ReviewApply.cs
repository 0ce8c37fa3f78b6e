using AlLas.Publishing.Content;
using AlLas.Publishing.Releases;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// `allas review apply`: writes accepted revisions into the Markdown, directly or as CriticMarkup.
/// Each edit goes where the register maps it if the source still reads the same there; else where its
/// text (with the text around it) now stands, if that is one place; else it is a conflict, reported
/// and left untouched. Files change all at once or not at all, and a file with uncommitted changes
/// is refused unless allowed.
/// </summary>
public sealed class ReviewApply(string root)
{
    public static readonly string[] Applicable = ["insert", "delete", "move-from", "move-to", "untracked-edit", "paragraph-insert"];

    public sealed record Outcome(ReviewRegister Register, RegisterItem Item, string? Conflict, SourceLocation? At);

    public sealed record Result(IReadOnlyList<Outcome> Applied, IReadOnlyList<Outcome> Conflicts, IReadOnlyList<string> FilesWritten);

    private sealed record Edit(ReviewRegister Register, RegisterItem Item, int Start, int End, string Replacement);

    /// <param name="ids">Item ids (see <see cref="RegisterQuery"/>); empty with <paramref name="all"/> applies every open revision.</param>
    public Result Apply(IReadOnlyList<string> ids, bool all, bool asCriticMarkup, bool allowDirty)
    {
        var registers = RegisterStore.All(root);
        var chosen = all && ids.Count == 0
            ? registers.SelectMany(r => r.Items.Where(i => Eligible(i) && i.Status == ItemStatus.Open).Select(i => (Register: r, Item: i))).ToList()
            : ids.Select(id => RegisterQuery.Find(registers, id)).ToList();

        var conflicts = new List<Outcome>();
        var edits = new List<Edit>();
        foreach (var (register, item) in chosen)
        {
            if (!Eligible(item))
            {
                conflicts.Add(new Outcome(register, item, $"un elemento de tipo {item.Kind} no es un cambio que se pueda aplicar", item.Source));
                continue;
            }
            if (item.Response is ItemStatus.AppliedResponse or ItemStatus.AppliedAsCriticMarkupResponse)
            {
                conflicts.Add(new Outcome(register, item, "ya se aplicó", item.Source));
                continue;
            }
            if (item.Source is null)
            {
                conflicts.Add(new Outcome(register, item, $"sin ubicación en las fuentes: {item.Unmapped}", null));
                continue;
            }
            if (asCriticMarkup && item.Kind == "paragraph-insert")
            {
                conflicts.Add(new Outcome(register, item, "CriticMarkup no tiene marca para dividir un párrafo; aplíquelo sin --as-criticmarkup", item.Source));
                continue;
            }
            if (Generated(item.Source))
            {
                conflicts.Add(new Outcome(register, item, "el texto procede de una plantilla o de datos; edite el origen a mano", item.Source));
                continue;
            }
            edits.Add(new Edit(register, item, -1, -1, ""));
        }

        var files = edits.Select(e => e.Item.Source!.File).Distinct().ToList();
        if (!allowDirty && files.Count > 0)
        {
            var dirty = new Git(root).Changed([.. files]);
            if (dirty.Count > 0)
                throw new SourceException(dirty[0], "AL0530",
                    $"{string.Join(", ", dirty)} tiene cambios sin confirmar; confírmelos antes de aplicar revisiones, o use --allow-dirty");
        }

        var applied = new List<Outcome>();
        var written = new List<(string Path, string Text)>();
        foreach (var file in files)
        {
            var path = Path.Combine(root, file);
            if (!File.Exists(path))
            {
                conflicts.AddRange(edits.Where(e => e.Item.Source!.File == file).Select(e => new Outcome(e.Register, e.Item, "el archivo ya no existe", e.Item.Source)));
                continue;
            }
            var text = File.ReadAllText(path).Replace("\r\n", "\n");
            var placed = new List<Edit>();
            foreach (var edit in edits.Where(e => e.Item.Source!.File == file))
            {
                var at = Locate(text, edit.Item.Source!);
                if (at is not { } start)
                {
                    conflicts.Add(new Outcome(edit.Register, edit.Item, "el texto original ya no está (o está en varios lugares) en la fuente", edit.Item.Source));
                    continue;
                }
                var end = start + edit.Item.Source!.Quote.Length;
                if (placed.Any(p => start < p.End && p.Start < end || (start == end && p.Start == start && p.End == start)))
                {
                    conflicts.Add(new Outcome(edit.Register, edit.Item, "se superpone con otro cambio aplicado en esta misma operación", edit.Item.Source));
                    continue;
                }
                var (s, e, replacement) = Replacement(text, start, end, edit.Item, asCriticMarkup);
                placed.Add(edit with { Start = s, End = e, Replacement = replacement });
            }
            if (placed.Count == 0) continue;
            // From the end backwards, so that every offset still holds.
            var edited = text;
            foreach (var edit in placed.OrderByDescending(p => p.Start).ThenByDescending(p => p.End))
                edited = edited[..edit.Start] + edit.Replacement + edited[edit.End..];
            written.Add((path, edited));
            var source = new SourceText(file, text);
            applied.AddRange(placed.Select(p => new Outcome(p.Register, p.Item, null, Where(source, p.Start))));
        }

        // Sources first, registers after: a register never says "applied" for an edit that is not in its file.
        AtomicWrite(written);
        var response = asCriticMarkup ? ItemStatus.AppliedAsCriticMarkupResponse : ItemStatus.AppliedResponse;
        foreach (var group in applied.GroupBy(a => a.Register.Path))
        {
            var register = RegisterStore.Read(root, group.Key)!;
            var settled = group.Select(a => a.Item.Id).ToHashSet();
            RegisterStore.Save(root, register with
            {
                Items = register.Items.Select(i => settled.Contains(i.Id) ? i with { Status = ItemStatus.Addressed, Response = response } : i).ToList(),
            });
        }
        return new Result(applied, conflicts, written.Select(w => Paths.Relative(root, w.Path)).ToList());
    }

    private static bool Eligible(RegisterItem item) => Applicable.Contains(item.Kind);

    /// <summary>A span on a template tag, a data file or a template: no edit of the reviewer's text belongs there.</summary>
    private static bool Generated(SourceLocation source) =>
        source.Quote.Contains("{{", StringComparison.Ordinal) || !source.File.EndsWith(".md", StringComparison.Ordinal);

    /// <summary>Where the recorded source text starts in the file as it is now, or null.</summary>
    internal static int? Locate(string text, SourceLocation source)
    {
        var current = new SourceText(source.File, text);
        var at = current.Offset(source.Line, source.Column);
        var quote = source.Quote;
        var fits = at + quote.Length <= text.Length && string.CompareOrdinal(text, at, quote, 0, quote.Length) == 0;
        if (fits && source.Line <= current.Position(text.Length).Line && (quote.Length > 0 || Around(text, at, source)))
            return at;
        // The file moved on: look for the text with what surrounded it, then for the text alone.
        if (Unique(text, source.Before + quote + source.After) is { } withContext) return withContext + source.Before.Length;
        var before = source.Before.Length > 12 ? source.Before[^12..] : source.Before;
        var after = source.After.Length > 12 ? source.After[..12] : source.After;
        if (Unique(text, before + quote + after) is { } shorter) return shorter + before.Length;
        if (quote.Length >= 8 && Unique(text, quote) is { } alone) return alone;
        return null;
    }

    /// <summary>An insertion point still fits where the text on both sides reads as it did.</summary>
    private static bool Around(string text, int at, SourceLocation source)
    {
        var before = source.Before.Length > 12 ? source.Before[^12..] : source.Before;
        var after = source.After.Length > 12 ? source.After[..12] : source.After;
        return at >= before.Length && text.AsSpan(at - before.Length, before.Length).SequenceEqual(before)
            && at + after.Length <= text.Length && text.AsSpan(at, after.Length).SequenceEqual(after);
    }

    private static int? Unique(string text, string value)
    {
        if (value.Length == 0) return null;
        var first = text.IndexOf(value, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(value, first + 1, StringComparison.Ordinal) >= 0) return null;
        return first;
    }

    private static (int Start, int End, string Text) Replacement(string text, int start, int end, RegisterItem item, bool critic)
    {
        var old = text[start..end];
        switch (item.Kind)
        {
            case "insert" or "move-to":
                return (start, end, critic ? $"{{++{item.Text}++}}" : item.Text);
            case "delete" or "move-from":
                return (start, end, critic ? $"{{--{old}--}}" : "");
            case "untracked-edit":
                if (!critic) return (start, end, item.Text);
                if (old.Length == 0) return (start, end, $"{{++{item.Text}++}}");
                if (item.Text.Length == 0) return (start, end, $"{{--{old}--}}");
                return (start, end, $"{{~~{old}~>{item.Text}~~}}");
            case "paragraph-insert":
                // A new paragraph: the spaces that separated the two sentences go with the break.
                var s = start;
                var e = end;
                while (s > 0 && text[s - 1] is ' ' or '\t') s--;
                while (e < text.Length && text[e] is ' ' or '\t' or '\n' && !(text[e] == '\n' && e + 1 < text.Length && text[e + 1] == '\n')) e++;
                return (s, e, "\n\n");
            default:
                return (start, end, old);
        }
    }

    private static SourceLocation Where(SourceText source, int offset)
    {
        var (line, column) = source.Position(offset);
        return new SourceLocation(source.File, line, column, line, column, "", "", "");
    }

    private static void AtomicWrite(List<(string Path, string Text)> files)
    {
        var staged = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (path, text) in files)
            {
                var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
                File.WriteAllText(temp, text, new System.Text.UTF8Encoding(false));
                staged.Add((temp, path));
            }
            foreach (var (temp, target) in staged) File.Move(temp, target, overwrite: true);
        }
        finally
        {
            foreach (var (temp, _) in staged)
                if (File.Exists(temp)) File.Delete(temp);
        }
    }
}

/// <summary>Finds items by id across registers: "c3", or "file:c3" (the register's name) when several registers hold a "c3".</summary>
public static class RegisterQuery
{
    public static (ReviewRegister Register, RegisterItem Item) Find(IReadOnlyList<ReviewRegister> registers, string id)
    {
        var colon = id.LastIndexOf(':');
        var (name, itemId) = colon > 0 ? (id[..colon], id[(colon + 1)..]) : (null, id);
        var hits = registers
            .Where(r => name is null || r.Name == name || r.Path == name || $"{r.Release}/{r.Name}" == name)
            .SelectMany(r => r.Items.Where(i => i.Id == itemId).Select(i => (r, i)))
            .ToList();
        return hits.Count switch
        {
            1 => hits[0],
            0 => throw new SourceException(id, "AL0531", $"no hay ningún elemento '{id}' en los registros de revisión (content/*/revisiones/)"),
            _ => throw new SourceException(id, "AL0532", $"'{id}' está en varios registros; indique cuál: {string.Join(", ", hits.Select(h => $"{h.r.Name}:{h.i.Id}"))}"),
        };
    }

    /// <summary>The id a user types for an item: qualified only where several registers exist.</summary>
    public static string Qualified(IReadOnlyList<ReviewRegister> registers, ReviewRegister register, RegisterItem item) =>
        registers.Count > 1 ? $"{register.Name}:{item.Id}" : item.Id;
}
