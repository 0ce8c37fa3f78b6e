using System.Globalization;
using AlLas.Publishing.Review.Import;
using AlLas.Publishing.Review.Matrix;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>One comment of the comments part: a coordinator's, or the writers' answer.</summary>
internal sealed record CommentEntry(string Id, string Author, string Initials, DateTime Date, string Text, bool Done);

/// <summary>A thread as the redline writes it: the root first, then the replies.</summary>
internal sealed record PlacedComment(CommentThread Thread, IReadOnlyList<CommentEntry> Entries, bool Orphaned);

/// <summary>Where a thread goes: an op range of a group; whether its text is gone; whether it was on a note's text.</summary>
internal readonly record struct Target(ParagraphGroup Group, int First, int Last, bool Orphaned, bool InNote = false)
{
    /// <summary>Where a range that runs on into a later group ends: that group and its op.</summary>
    public (ParagraphGroup Group, int Last)? End { get; init; }
}

/// <summary>
/// Puts each coordinator comment of the review round back on its text in the redline. The comment
/// knows where it was in the release's sources; the release paragraph rendered from that place is
/// found, the quoted text in it, and the alignment says where those words stand now (moved
/// paragraphs included). When none of them survive, the comment goes on the nearest paragraph
/// that does (the one before, else the one after), and says so.
/// </summary>
internal sealed class CommentPlacement(Planner planner, RedlineSettings settings, int firstId)
{
    public const string Gone = "[El texto comentado ya no existe]";
    public const string InNote = "[Sobre la nota al pie]";

    private int nextId = firstId;
    private ReleaseParagraphs? releaseParagraphs;

    public List<PlacedComment> Place(IReadOnlyList<CommentThread> threads)
    {
        var placed = new List<PlacedComment>();
        foreach (var thread in threads)
        {
            if (Locate(thread.Root) is not { } target) continue;
            target = OutOfNote(target);
            var entries = Entries(thread, target);
            var ids = entries.Select(e => e.Id).ToList();
            if (target.End is { } end && !target.InNote)
            {
                // The range starts in one group and ends in a later one: each writes its own end.
                target.Group.Anchors.Add((target.First, -1, ids));
                end.Group.Anchors.Add((-1, end.Last, ids));
            }
            else target.Group.Anchors.Add((target.First, target.Last, ids));
            placed.Add(new PlacedComment(thread, entries, target.Orphaned));
        }
        return placed;
    }

    /// <summary>
    /// Comments anchored in a note's text are valid Word, but the Open XML validator cannot follow
    /// them from the notes part to the comments part; the comment goes on the note's reference
    /// mark in the text instead, and names the note's words it was on.
    /// </summary>
    private Target OutOfNote(Target target)
    {
        if (!planner.NoteReferences.TryGetValue(target.Group.Container, out var reference)) return target;
        return new Target(reference.Group, reference.Op, reference.Op, target.Orphaned, InNote: true);
    }

    private List<CommentEntry> Entries(CommentThread thread, Target target)
    {
        var root = thread.Root;
        var done = RoundStatus.Resolves(root.Status);
        var text = target.Orphaned ? Orphan(root)
            : target.InNote ? (root.Quote.Length > 0 ? $"{InNote} «{root.Quote}»: {root.Text}" : $"{InNote} {root.Text}")
            : root.Text;
        var entries = new List<CommentEntry>
        {
            Entry(root.Reviewer, root.Initials, root.Date, text, done),
        };
        foreach (var reply in thread.Replies) entries.Add(Entry(reply.Reviewer, reply.Initials, reply.Date, reply.Text, done));
        if (root.Response is not null || root.Status != RoundStatus.Open)
        {
            var label = RoundStatus.Spanish(root.Status);
            label = char.ToUpper(label[0], CultureInfo.GetCultureInfo("es")) + label[1..];
            var answer = string.IsNullOrWhiteSpace(root.Response) ? label + "." : $"{label}. {root.Response}";
            entries.Add(new CommentEntry(NextId(), settings.Author, Initials(settings.Author, null), settings.ResponseDate, answer, done));
        }
        return entries;
    }

    private static string Orphan(RegisterItem root) =>
        root.Quote.Length > 0 ? $"{Gone} «{root.Quote}»: {root.Text}" : $"{Gone} {root.Text}";

    private CommentEntry Entry(string author, string? initials, string? date, string text, bool done) =>
        new(NextId(), author, Initials(author, initials), Parse(date) ?? settings.ResponseDate, text, done);

    private string NextId() => (nextId++).ToString(CultureInfo.InvariantCulture);

    private static string Initials(string author, string? initials) =>
        !string.IsNullOrWhiteSpace(initials) ? initials
        : string.Concat(author.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0])) is { Length: > 0 } i ? i
        : author.Length > 0 ? author[..1] : "R";

    private static DateTime? Parse(string? iso) =>
        DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d.UtcDateTime : null;

    /// <summary>The group and op range a comment goes on, and whether its own text is gone.</summary>
    private Target? Locate(RegisterItem comment)
    {
        var paragraph = (releaseParagraphs ??= new ReleaseParagraphs(planner)).Of(comment);
        if (paragraph is null || !planner.Released.TryGetValue(paragraph, out var at)) return Fallback(null);
        var (group, first, last) = at;
        var tokens = group.OldTokens;
        // A quote across paragraphs: its first line ends the first paragraph, its last begins the one where it ends.
        var lines = comment.Quote.Trim().Split('\n');
        var across = lines.Length > 1 ? Across(paragraph, lines) : null;
        var (from, to) = Quoted(tokens, first, last, across is null ? comment : comment with { Quote = lines[0] });

        if (group.Move is { From: true } && planner.Moves.TryGetValue(group, out var moved))
        {
            // The paragraph stands elsewhere now, word for word: same tokens, in a group of insertions.
            var (opFrom, opTo) = (OpOfNew(moved, from - first), OpOfNew(moved, to - first));
            return new Target(moved, opFrom, opTo, false);
        }

        var firstOp = group.Ops.FindIndex(o => o.Old >= from && o.Old <= to);
        var lastOp = group.Ops.FindLastIndex(o => o.Old >= from && o.Old <= to);
        if (firstOp >= 0 && group.Ops.Skip(firstOp).Take(lastOp - firstOp + 1).Any(o => o.Kind == OpKind.Equal && tokens[o.Old].Kind != TokenKind.Mark))
        {
            var target = Trim(group, firstOp, lastOp, false);
            if (across is not { } end || end.Group.Move is not null || end.Group.Container != group.Container) return target;
            if (end.Group == group) return target with { Last = Math.Max(target.Last, end.Last) };
            return target.Group.Container.Groups.IndexOf(end.Group) > target.Group.Container.Groups.IndexOf(target.Group) ? target with { End = end } : target;
        }
        return Fallback(group);
    }

    /// <summary>
    /// The later release paragraph a quote across paragraphs ends in (the first after the comment's
    /// own that begins with the quote's last line) and the op of its last quoted token; null when no
    /// paragraph shows it.
    /// </summary>
    private (ParagraphGroup Group, int Last)? Across(DocumentFormat.OpenXml.Wordprocessing.Paragraph start, string[] lines)
    {
        var tail = lines[^1].Trim();
        if (tail.Length == 0) return null;
        var container = planner.Released[start].Group.Container;
        var reach = lines.Length - 1;
        foreach (var later in releaseParagraphs!.After(start))
        {
            if (!planner.Released.TryGetValue(later, out var at) || at.Group.Container != container) continue;
            if (reach-- == 0) break;
            var (group, first, last) = at;
            var text = new System.Text.StringBuilder();
            var index = -1;
            for (var i = first; i < last && index < 0; i++)
            {
                text.Append(group.OldTokens[i].Text);
                if (text.Length >= tail.Length) index = i;
            }
            if (index < 0 || !text.ToString().StartsWith(tail, StringComparison.Ordinal)) continue;
            var op = group.Ops.FindLastIndex(o => o.Old >= first && o.Old <= index);
            return op < 0 ? null : (group, op);
        }
        return null;
    }

    private static int OpOfNew(ParagraphGroup group, int newIndex) =>
        Math.Max(0, group.Ops.FindIndex(o => o.New == newIndex));

    /// <summary>The token range of the quote in the paragraph's tokens [first, last) (last is the mark); the whole paragraph when the quote is not there.</summary>
    private static (int From, int To) Quoted(List<Token> tokens, int first, int last, RegisterItem comment)
    {
        var starts = new List<int>();
        var text = new System.Text.StringBuilder();
        for (var i = first; i < last; i++)
        {
            starts.Add(text.Length);
            text.Append(tokens[i].Text);
        }
        var quote = comment.Quote.Trim();
        var at = quote.Length == 0 ? -1 : Nearest(text.ToString(), quote, Estimate(comment));
        if (at < 0) return (first, Math.Max(first, last - 1));
        var end = at + quote.Length - 1;
        var from = first + Math.Max(0, starts.FindLastIndex(s => s <= at));
        var to = first + Math.Max(0, starts.FindLastIndex(s => s <= end));
        return (from, to);
    }

    private static int Estimate(RegisterItem comment) => Math.Max(0, (comment.Source?.Column ?? 1) - 1);

    private static int Nearest(string text, string quote, int estimate)
    {
        var best = -1;
        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
            if (best < 0 || Math.Abs(at - estimate) < Math.Abs(best - estimate)) best = at;
        return best;
    }

    /// <summary>The comment goes on the whole of the nearest paragraph that is still there, the one before it first.</summary>
    private Target? Fallback(ParagraphGroup? lost)
    {
        ParagraphGroup? survivor = null;
        if (lost is { New.Count: > 0 }) survivor = lost;
        else if (lost is not null)
        {
            var groups = lost.Container.Groups;
            var index = groups.IndexOf(lost);
            // The paragraph before the lost text first: the comment then reads where the text stood.
            survivor = groups.Take(index).OfType<ParagraphGroup>().LastOrDefault(Survives)
                ?? groups.Skip(index + 1).OfType<ParagraphGroup>().FirstOrDefault(Survives);
        }
        survivor ??= planner.Current.Values.Select(v => v.Group).FirstOrDefault(g => Survives(g) && g.NewTokens.Any(t => t.IsWord));
        if (survivor is null) return null;
        var paragraph = survivor.New[0];
        var (_, first, last) = planner.Current[paragraph];
        var firstOp = survivor.Ops.FindIndex(o => o.New >= first && o.New <= last);
        var lastOp = survivor.Ops.FindLastIndex(o => o.New >= first && o.New <= last);
        return Trim(survivor, firstOp, lastOp, true);
    }

    private static bool Survives(ParagraphGroup group) => group.New.Count > 0;

    /// <summary>A range that starts or ends on a paragraph mark is drawn in to the text beside it.</summary>
    private static Target Trim(ParagraphGroup group, int first, int last, bool orphaned)
    {
        bool IsMark(int i) => (group.Ops[i].New >= 0 ? group.NewTokens[group.Ops[i].New] : group.OldTokens[group.Ops[i].Old]).Kind == TokenKind.Mark;
        var (a, b) = (first, last);
        while (a < b && IsMark(a)) a++;
        while (b > a && IsMark(b)) b--;
        return new Target(group, a, b, orphaned);
    }
}
