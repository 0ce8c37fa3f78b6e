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
    public static readonly string[] Applicable =
        ["insert", "delete", "move-from", "move-to", "untracked-edit", "paragraph-insert", "paragraph-delete", "format", "row-insert", "row-delete"];

    /// <summary>What CriticMarkup has no mark for: a paragraph break added or removed, a table row.</summary>
    private static readonly string[] Structural = ["paragraph-insert", "paragraph-delete", "row-insert", "row-delete"];

    public sealed record Outcome(ReviewRegister Register, RegisterItem Item, string? Conflict, SourceLocation? At);

    public sealed record Result(IReadOnlyList<Outcome> Applied, IReadOnlyList<Outcome> Conflicts, IReadOnlyList<string> FilesWritten);

    private sealed record Edit(ReviewRegister Register, RegisterItem Item, int Start, int End, string Replacement)
    {
        /// <summary>Items written by this same edit: formatting changes of runs side by side, the same change proposed twice.</summary>
        public IReadOnlyList<(ReviewRegister Register, RegisterItem Item)> With { get; init; } = [];
    }

    /// <param name="ids">Item ids (see <see cref="RegisterQuery"/>); empty with <paramref name="all"/> applies every open revision.</param>
    public Result Apply(IReadOnlyList<string> ids, bool all, bool asCriticMarkup, bool allowDirty)
    {
        var registers = RegisterStore.All(root);
        var chosen = all && ids.Count == 0
            ? registers.SelectMany(r => r.Items.Where(i => Eligible(i) && i.Status == ItemStatus.Open).Select(i => (Register: r, Item: i))).ToList()
            : ids.Select(id => RegisterQuery.Find(registers, id)).ToList();
        // A row's text, recorded as inserted or deleted too, goes with the row when the row is applied.
        var rows = chosen.Where(c => c.Item.Kind is "row-insert" or "row-delete").ToList();
        var withRows = chosen.Where(c => RowOf(c, rows) is not null).Select(c => (c.Register.Path, c.Item.Id)).ToHashSet();

        var conflicts = new List<Outcome>();
        var edits = new List<Edit>();
        foreach (var (register, item) in chosen)
        {
            if (withRows.Contains((register.Path, item.Id))) continue;
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
            if (item.Manual is { } manual)
            {
                conflicts.Add(new Outcome(register, item, $"decisión a mano: {manual}", item.Source));
                continue;
            }
            if (item.Source is null)
            {
                conflicts.Add(new Outcome(register, item, $"sin ubicación en las fuentes: {item.Unmapped}", null));
                continue;
            }
            if (asCriticMarkup && Structural.Contains(item.Kind))
            {
                conflicts.Add(new Outcome(register, item, "CriticMarkup no tiene marca para dividir o unir párrafos ni para filas de tabla; aplíquelo sin --as-criticmarkup", item.Source));
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
        var written = new List<(string Path, string Before, string Text)>();
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
            foreach (var edit in Placed(text, edits.Where(e => e.Item.Source!.File == file), conflicts))
            {
                var replaced = Replacement(text, edit.Start, edit.End, edit.Item, asCriticMarkup);
                if (replaced.Conflict is { } problem)
                {
                    conflicts.Add(new Outcome(edit.Register, edit.Item, problem, edit.Item.Source));
                    continue;
                }
                // The range as written (a split takes the spaces around it): two edits may not touch the same characters.
                var (start, end) = (replaced.Start, replaced.End);
                var same = placed.FindIndex(p => p.Start == start && p.End == end && p.Replacement == replaced.Text && p.Item.Kind == edit.Item.Kind);
                if (same >= 0)
                {
                    // Two reviewers (or one file imported twice) proposing the same change: written once, settled for both.
                    placed[same] = placed[same] with { With = [.. placed[same].With, (edit.Register, edit.Item)] };
                    continue;
                }
                if (placed.FirstOrDefault(p => Touch(p.Start, p.End, start, end)) is { } other)
                {
                    conflicts.Add(new Outcome(edit.Register, edit.Item, $"toca el mismo texto que {other.Item.Id} ({other.Register.Name}), que se aplica en esta operación; aplíquelo después, si aún procede", edit.Item.Source));
                    continue;
                }
                placed.Add(edit with { Start = start, End = end, Replacement = replaced.Text });
            }
            if (placed.Count == 0) continue;
            placed = JoinsBesideTypedSpaces(placed);
            // From the end backwards, so that every offset still holds.
            var edited = text;
            foreach (var edit in placed.OrderByDescending(p => p.Start).ThenByDescending(p => p.End))
                edited = edited[..edit.Start] + edit.Replacement + edited[edit.End..];
            written.Add((path, File.ReadAllText(path), edited));
            var source = new SourceText(file, text);
            applied.AddRange(placed.SelectMany(p => p.With.Prepend((p.Register, p.Item)).Select(x => new Outcome(x.Register, x.Item, null, Where(source, p.Start)))));
        }

        // Sources and registers as one step: a register never says "applied" for an edit that is not in
        // its file, nor leaves "open" an edit that is (a killed apply is finished by the next command).
        var response = asCriticMarkup ? ItemStatus.AppliedAsCriticMarkupResponse : ItemStatus.AppliedResponse;
        var appliedRows = applied.Where(a => a.Item.Kind is "row-insert" or "row-delete").Select(a => (a.Register, a.Item)).ToList();
        var changes = written.Select(w => new SourceJournal.FileChange(Paths.Relative(root, w.Path), w.Before, w.Text)).ToList();
        // A change that could not be written keeps why in its register, so that the matrix answers it
        // ("conflicto") until a later apply writes it and clears the reason.
        var failed = conflicts.Where(c => Kept(c.Item) && !applied.Any(a => a.Register.Path == c.Register.Path && a.Item.Id == c.Item.Id))
            .GroupBy(c => c.Register.Path).ToDictionary(g => g.Key, g => g.GroupBy(c => c.Item.Id).ToDictionary(c => c.Key, c => c.First().Conflict!));
        foreach (var path in applied.Select(a => a.Register.Path).Concat(failed.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            var register = RegisterStore.Read(root, path)!;
            var settled = applied.Where(a => a.Register.Path == path).Select(a => a.Item.Id).ToHashSet();
            var withRow = register.Items.Where(i => RowOf((register, i), appliedRows) is not null).Select(i => i.Id).ToHashSet();
            var reasons = failed.GetValueOrDefault(path) ?? [];
            var items = register.Items.Select(i =>
                settled.Contains(i.Id) || withRow.Contains(i.Id) ? i with { Status = ItemStatus.Addressed, Response = response, Conflict = null }
                : reasons.TryGetValue(i.Id, out var reason) ? i with { Conflict = reason }
                : i).ToList();
            if (items.SequenceEqual(register.Items)) continue;
            changes.Add(new SourceJournal.FileChange(path, File.ReadAllText(Path.Combine(root, path)), (register with { Items = items }).ToYaml()));
        }
        SourceJournal.Write(root, changes);
        return new Result(applied, conflicts, written.Select(w => Paths.Relative(root, w.Path)).ToList());
    }

    /// <summary>A conflict worth keeping on its item: not for what is no change, already written, or left to the writers' hand by design.</summary>
    private static bool Kept(RegisterItem item) =>
        Eligible(item) && item.Manual is null && item.Response is not (ItemStatus.AppliedResponse or ItemStatus.AppliedAsCriticMarkupResponse);

    /// <summary>
    /// Where each edit goes in the file as it is now; what no longer fits is a conflict. Formatting
    /// changes that Word split over runs side by side (or only spaces apart) become one, so that
    /// one bold phrase is one **...** in the Markdown.
    /// </summary>
    private static IEnumerable<Edit> Placed(string text, IEnumerable<Edit> edits, List<Outcome> conflicts)
    {
        var located = new List<Edit>();
        foreach (var edit in edits)
        {
            if (Locate(text, edit.Item.Source!) is not { } start)
            {
                conflicts.Add(new Outcome(edit.Register, edit.Item, "el texto sobre el que se hizo el cambio, con lo que lo rodeaba, ya no está (o está en varios lugares) en la fuente", edit.Item.Source));
                continue;
            }
            located.Add(edit with { Start = start, End = start + edit.Item.Source!.Quote.Length });
        }
        var formats = located.Where(e => e.Item.Kind == "format").OrderBy(e => e.Start).ToList();
        var merged = new List<Edit>();
        foreach (var format in formats)
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Item.Formatting == format.Item.Formatting
                && format.Start >= last.End && text.AsSpan(last.End, format.Start - last.End).IsWhiteSpace())
            {
                merged[^1] = last with { End = Math.Max(last.End, format.End), With = [.. last.With, (format.Register, format.Item)] };
                continue;
            }
            merged.Add(format);
        }
        return located.Where(e => e.Item.Kind != "format").Concat(merged).OrderBy(e => e.Start);
    }

    /// <summary>
    /// Two edits cannot both be written: they share characters, insert at the same point (which goes
    /// first is unknown), or one inserts inside the other's range. Side by side they can: an insertion
    /// right before or after a deletion is how Word records a word replaced.
    /// </summary>
    private static bool Touch(int a, int b, int c, int d) =>
        a < d && c < b || a == b && c == d && a == c || a == b && c < a && a < d || c == d && a < c && c < b;

    /// <summary>
    /// A paragraph mark deleted with Track Changes on joins the two texts with nothing between them;
    /// the space a reviewer then typed is an insertion of its own. The blank line becomes a space only
    /// where no such insertion is written beside it, so that the join reads as the reviewer's file.
    /// </summary>
    private static List<Edit> JoinsBesideTypedSpaces(List<Edit> placed) =>
        placed.Select(join => join.Item.Kind == "paragraph-delete" && join.Replacement == " "
            && placed.Any(p => p.Start == p.End && p.Item.Kind is "insert" or "untracked-edit"
                && (p.Start == join.Start && p.Replacement.Length > 0 && char.IsWhiteSpace(p.Replacement[^1])
                    || p.Start == join.End && p.Replacement.Length > 0 && char.IsWhiteSpace(p.Replacement[0])))
            ? join with { Replacement = "" } : join).ToList();

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
        if (fits && source.Line <= current.Position(text.Length).Line && Around(text, at + quote.Length, at, source))
            return at;
        // The file moved on: look for the text with what surrounded it, then for the text alone.
        // The text is applied only against the text it was recorded against: never on the quote alone, which may stand elsewhere.
        if (Unique(text, source.Before + quote + source.After) is { } withContext) return withContext + source.Before.Length;
        var before = source.Before.Length > 12 ? source.Before[^12..] : source.Before;
        var after = source.After.Length > 12 ? source.After[..12] : source.After;
        if (before.Length + after.Length >= 12 && Unique(text, before + quote + after) is { } shorter) return shorter + before.Length;
        return null;
    }

    /// <summary>A span [start, end) still fits where the text on both sides reads as it did.</summary>
    private static bool Around(string text, int end, int start, SourceLocation source)
    {
        var before = source.Before.Length > 12 ? source.Before[^12..] : source.Before;
        var after = source.After.Length > 12 ? source.After[..12] : source.After;
        return start >= before.Length && text.AsSpan(start - before.Length, before.Length).SequenceEqual(before)
            && end + after.Length <= text.Length && text.AsSpan(end, after.Length).SequenceEqual(after);
    }

    private static int? Unique(string text, string value)
    {
        if (value.Length == 0) return null;
        var first = text.IndexOf(value, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(value, first + 1, StringComparison.Ordinal) >= 0) return null;
        return first;
    }

    private readonly record struct Written(int Start, int End, string Text, string? Conflict = null)
    {
        public static Written No(string conflict) => new(0, 0, "", conflict);
    }

    private static Written Replacement(string text, int start, int end, RegisterItem item, bool critic)
    {
        var old = text[start..end];
        switch (item.Kind)
        {
            case "insert" or "move-to":
                return new(start, end, critic ? $"{{++{Cell(text, start, item.Text)}++}}" : Cell(text, start, item.Text));
            case "delete" or "move-from":
                return new(start, end, critic ? $"{{--{old}--}}" : "");
            case "untracked-edit":
                var @new = Cell(text, start, item.Text);
                if (!critic) return new(start, end, @new);
                // A whole paragraph typed or removed: CriticMarkup marks text inside a paragraph only.
                if (old.Length == 0 && @new.StartsWith("\n\n", StringComparison.Ordinal)) return new(start, end, $"\n\n{{++{@new[2..]}++}}");
                if (old.Contains('\n') && @new.Length == 0) return Written.No("CriticMarkup no puede marcar un párrafo entero eliminado; aplíquelo sin --as-criticmarkup");
                if (old.Length == 0) return new(start, end, $"{{++{@new}++}}");
                if (@new.Length == 0) return new(start, end, $"{{--{old}--}}");
                return new(start, end, $"{{~~{old}~>{@new}~~}}");
            case "paragraph-insert":
                // A new paragraph: the spaces that separated the two sentences go with the break.
                var s = start;
                var e = end;
                while (s > 0 && text[s - 1] is ' ' or '\t') s--;
                while (e < text.Length && text[e] is ' ' or '\t' or '\n' && !(text[e] == '\n' && e + 1 < text.Length && text[e + 1] == '\n')) e++;
                return new(s, e, "\n\n");
            case "paragraph-delete":
                return old.Trim().Length == 0 && old.Contains("\n\n", StringComparison.Ordinal)
                    ? new(start, end, " ")
                    : Written.No("entre los dos párrafos ya no hay solo una línea en blanco en la fuente");
            case "row-delete":
                return PipeRow.IsRow(old.TrimEnd('\n')) ? new(start, end, "") : Written.No("la línea de la fila ya no es una fila de tabla");
            case "row-insert":
                return RowInsert(text, start, item);
            case "format":
                var (fs, fe, written, conflict) = EmphasisEdit.Apply(text, start, end, RunFormatting.Parse(item.Formatting ?? ""), critic);
                return new(fs, fe, written, conflict);
            default:
                return new(start, end, old);
        }
    }

    /// <summary>A new row after the table line that ends at <paramref name="at"/>, with as many cells as that line.</summary>
    private static Written RowInsert(string text, int at, RegisterItem item)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var line = text[lineStart..at];
        if ((at < text.Length && text[at] != '\n') || !PipeRow.IsRow(line))
            return Written.No("el punto de inserción ya no está al final de una fila de tabla");
        var cells = item.Cells ?? [];
        var columns = PipeRow.Cells(line).Count;
        if (cells.Count != columns)
            return Written.No($"la fila insertada tiene {cells.Count} celdas y la tabla {columns} columnas");
        return new(at, at, "\n" + PipeRow.Line(cells));
    }

    /// <summary>Text written into a pipe table's row: a bar would end the cell, so it is escaped.</summary>
    private static string Cell(string text, int at, string value)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var lineEnd = text.IndexOf('\n', at);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
        return PipeRow.IsRow(line) ? value.Replace("|", "\\|", StringComparison.Ordinal) : value;
    }

    /// <summary>The row item a row's own text change goes with, when that row is applied too.</summary>
    private static (ReviewRegister Register, RegisterItem Item)? RowOf((ReviewRegister Register, RegisterItem Item) change, IReadOnlyList<(ReviewRegister Register, RegisterItem Item)> rows)
    {
        if (change.Item.Manual is not (ReviewMapper.PartOfInsertedRow or ReviewMapper.PartOfDeletedRow) || change.Item.Location is not { } at) return null;
        foreach (var row in rows)
        {
            if (row.Register.Path != change.Register.Path || row.Item.Location is not { } r) continue;
            if (r.Part == at.Part && r.Paragraph <= at.Paragraph && at.Paragraph <= r.EndParagraph) return row;
        }
        return null;
    }

    private static SourceLocation Where(SourceText source, int offset)
    {
        var (line, column) = source.Position(offset);
        return new SourceLocation(source.File, line, column, line, column, "", "", "");
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

    /// <summary>The id a user types for an item: qualified only where another register holds the same id.</summary>
    public static string Qualified(IReadOnlyList<ReviewRegister> registers, ReviewRegister register, RegisterItem item) =>
        registers.Count(r => r.Items.Any(i => i.Id == item.Id)) > 1 ? $"{register.Name}:{item.Id}" : item.Id;
}
