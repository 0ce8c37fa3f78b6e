using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// Aligns the release's rendering with the current one, container by container: paragraphs and
/// tables that read the same are matched first (longest common subsequence of their keys); a
/// paragraph found word for word elsewhere is a move; what is left between two matches is paired
/// by similarity, one to one, or one to two and two to one for split and merged paragraphs;
/// unpaired paragraphs were deleted or inserted. Rows of tables, cells and notes are aligned the
/// same way inside the tables and notes that were paired.
/// </summary>
internal sealed class Planner(RenderedDraft release, RenderedDraft current)
{
    /// <summary>Beyond this many old×new blocks in one stretch the pairing gives up and lists deletions, then insertions.</summary>
    private const long MaxPairing = 250_000;

    private int moves;

    /// <summary>Where each paragraph of the release ended up: its group and its tokens there (mark included).</summary>
    public Dictionary<Paragraph, (ParagraphGroup Group, int First, int Last)> Released { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The same for each paragraph of the current draft.</summary>
    public Dictionary<Paragraph, (ParagraphGroup Group, int First, int Last)> Current { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The moved-to group of each moved-from group.</summary>
    public Dictionary<ParagraphGroup, ParagraphGroup> Moves { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>For the plan of a note: the group and op of its reference mark in the text.</summary>
    public Dictionary<ContainerPlan, (ParagraphGroup Group, int Op)> NoteReferences { get; } = new(ReferenceEqualityComparer.Instance);

    public RenderedDraft Release => release;

    public RenderedDraft Draft => current;

    /// <param name="detectMoves">Look for moved paragraphs (in the body).</param>
    /// <param name="loose">Pair paragraphs of the same style however little alike: in a cell or a note
    /// the last paragraph mark ends the cell or note, and Word cannot insert or delete it.</param>
    public ContainerPlan Plan(IEnumerable<OpenXmlElement> oldBlocks, IEnumerable<OpenXmlElement> newBlocks, bool detectMoves, bool loose = false)
    {
        var olds = Items(oldBlocks.Where(IsBlock));
        var news = Items(newBlocks.Where(IsBlock));
        var plan = new ContainerPlan();
        var ops = SequenceDiff.Diff(olds.Select(o => o.Key).ToList(), news.Select(n => n.Key).ToList());

        var segments = new List<(Item? Old, Item? New, List<Item>? GapOld, List<Item>? GapNew)>();
        List<Item>? gapOld = null, gapNew = null;
        foreach (var op in ops)
        {
            if (op.Kind == OpKind.Equal)
            {
                if (gapOld is not null) segments.Add((null, null, gapOld, gapNew));
                gapOld = gapNew = null;
                segments.Add((olds[op.Old], news[op.New], null, null));
                continue;
            }
            gapOld ??= [];
            gapNew ??= [];
            if (op.Kind == OpKind.Delete) gapOld.Add(olds[op.Old]);
            else gapNew.Add(news[op.New]);
        }
        if (gapOld is not null) segments.Add((null, null, gapOld, gapNew));

        if (detectMoves) FindMoves(segments.Where(s => s.GapOld is not null).ToList());

        var moveGroups = new Dictionary<string, ParagraphGroup>();
        foreach (var segment in segments)
        {
            if (segment.Old is { } o && segment.New is { } n)
            {
                Add(plan, Pair(o, n));
                continue;
            }
            foreach (var group in PairGap(segment.GapOld!, segment.GapNew!, loose))
            {
                Add(plan, group);
                if (group is ParagraphGroup { Move: { } move } pg)
                {
                    if (moveGroups.Remove(move.Name, out var other))
                    {
                        if (move.From) Moves[pg] = other; else Moves[other] = pg;
                    }
                    else moveGroups[move.Name] = pg;
                }
            }
        }
        return plan;
    }

    private static bool IsBlock(OpenXmlElement e) => e is Paragraph or Table;

    private static void Add(ContainerPlan plan, GroupPlan group)
    {
        group.Container = plan;
        plan.Groups.Add(group);
    }

    private GroupPlan Pair(Item o, Item n) =>
        o.Table is not null ? Tables(o.Table, n.Table) : Paragraphs([o], [n]);

    /// <summary>A paragraph deleted in one place and inserted word for word in another was moved.</summary>
    private void FindMoves(List<(Item? Old, Item? New, List<Item>? GapOld, List<Item>? GapNew)> gaps)
    {
        var inserted = new Dictionary<string, Queue<Item>>();
        foreach (var item in gaps.SelectMany(g => g.GapNew!).Where(i => i.IsSimple && i.Words.Length >= 3))
        {
            if (!inserted.TryGetValue(item.Key, out var queue)) inserted[item.Key] = queue = new Queue<Item>();
            queue.Enqueue(item);
        }
        foreach (var gap in gaps)
        {
            foreach (var item in gap.GapOld!.Where(i => i.IsSimple && i.Words.Length >= 3))
            {
                if (!inserted.TryGetValue(item.Key, out var queue) || queue.Count == 0) continue;
                var target = queue.Dequeue();
                // In the same stretch it is a paragraph that stayed, not a move.
                if (gap.GapNew!.Contains(target)) { queue.Enqueue(target); continue; }
                var name = "move" + (++moves).ToString(System.Globalization.CultureInfo.InvariantCulture);
                item.Move = new MoveInfo(name, true);
                target.Move = new MoveInfo(name, false);
            }
        }
    }

    /// <summary>The best monotone pairing of a stretch of old and new blocks (dynamic programming).</summary>
    private IEnumerable<GroupPlan> PairGap(List<Item> olds, List<Item> news, bool loose)
    {
        int k = olds.Count, m = news.Count;
        if (k == 0 || m == 0 || (long)k * m > MaxPairing)
        {
            foreach (var o in olds) yield return Alone(o, fromRelease: true);
            foreach (var n in news) yield return Alone(n, fromRelease: false);
            yield break;
        }
        var best = new double[k + 1, m + 1];
        var step = new byte[k + 1, m + 1];
        const byte Del = 1, Ins = 2, One = 3, Split = 4, Merge = 5;
        for (var i = 0; i <= k; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                if (i == 0 && j == 0) continue;
                var value = double.NegativeInfinity;
                byte chosen = 0;
                void Try(double candidate, byte s)
                {
                    if (candidate > value) { value = candidate; chosen = s; }
                }
                if (i > 0 && j > 0 && PairScore(olds[i - 1], news[j - 1], loose) is var p && p >= 0) Try(best[i - 1, j - 1] + p, One);
                if (i > 0 && j > 1 && GroupScore([olds[i - 1]], [news[j - 2], news[j - 1]]) is var s2 && s2 >= 0) Try(best[i - 1, j - 2] + s2, Split);
                if (i > 1 && j > 0 && GroupScore([olds[i - 2], olds[i - 1]], [news[j - 1]]) is var s3 && s3 >= 0) Try(best[i - 2, j - 1] + s3, Merge);
                if (j > 0) Try(best[i, j - 1], Ins);
                if (i > 0) Try(best[i - 1, j], Del);
                best[i, j] = value;
                step[i, j] = chosen;
            }
        }
        var groups = new List<GroupPlan>();
        for (int i = k, j = m; i > 0 || j > 0;)
        {
            switch (step[i, j])
            {
                case Del: groups.Add(Alone(olds[--i], fromRelease: true)); break;
                case Ins: groups.Add(Alone(news[--j], fromRelease: false)); break;
                case One: groups.Add(Pair(olds[--i], news[--j])); break;
                case Split: groups.Add(Paragraphs([olds[i - 1]], [news[j - 2], news[j - 1]])); i -= 1; j -= 2; break;
                default: groups.Add(Paragraphs([olds[i - 2], olds[i - 1]], [news[j - 1]])); i -= 2; j -= 1; break;
            }
        }
        groups.Reverse();
        foreach (var g in groups) yield return g;
    }

    private GroupPlan Alone(Item item, bool fromRelease)
    {
        if (item.Table is { } table) return fromRelease ? Tables(table, null) : Tables(null, table);
        var group = fromRelease ? Paragraphs([item], []) : Paragraphs([], [item]);
        ((ParagraphGroup)group).Move = item.Move;
        return group;
    }

    /// <summary>Negative: these two are not to be paired. Otherwise larger for more, and more alike, text.</summary>
    private static double PairScore(Item o, Item n, bool loose)
    {
        if (o.Move is not null || n.Move is not null) return -1;
        if ((o.Table is null) != (n.Table is null)) return -1;
        var weight = o.Words.Length + n.Words.Length + 2;
        if (o.Table is not null) return (0.2 + Similarity(o, [n])) * weight;
        if (o.Style != n.Style) return -1;
        var similarity = Similarity(o, [n]);
        // A field over several paragraphs (the table of contents) stays one block on both sides.
        if (!o.IsSimple) return 1 + similarity * weight;
        if (o.Words.Length == 0 && n.Words.Length == 0) return 0.5;
        if (similarity >= 0.35) return similarity * weight;
        // A heading keeps its place in the outline however much its wording changed.
        return loose || IsHeading(o.Style) ? 0.01 : -1;
    }

    /// <summary>One old paragraph split in two new ones, or two old ones merged into one.</summary>
    private static double GroupScore(Item[] olds, Item[] news)
    {
        if (olds.Concat(news).Any(i => i.Table is not null || i.Move is not null || !i.IsSimple)) return -1;
        var style = olds[0].Style;
        if (olds.Concat(news).Any(i => i.Style != style)) return -1;
        var similarity = olds.Length == 1 ? Similarity(olds[0], news) : Similarity(news[0], olds);
        return similarity >= 0.5 ? similarity * (olds.Sum(i => i.Words.Length) + news.Sum(i => i.Words.Length) + 3) : -1;
    }

    private static bool IsHeading(string style) =>
        style.StartsWith("Heading", StringComparison.Ordinal) || style is "Title" or "Subtitle" or "Anexo" or "TOCHeading";

    /// <summary>
    /// Dice coefficient of the bags of words of one block and of the others together. The bags are
    /// counted once per block: a long stretch of changed blocks (the entries of a table of contents
    /// whose page numbers moved) compares every old block with every new one.
    /// </summary>
    private static double Similarity(Item one, IReadOnlyList<Item> others)
    {
        var length = one.Words.Length;
        var otherLength = 0;
        foreach (var other in others) otherLength += other.Words.Length;
        if (length == 0 && otherLength == 0) return 1;
        if (length == 0 || otherLength == 0) return 0;
        var common = 0;
        foreach (var (word, count) in one.Bag)
        {
            var there = 0;
            foreach (var other in others) there += other.Bag.GetValueOrDefault(word);
            common += Math.Min(count, there);
        }
        return 2.0 * common / (length + otherLength);
    }

    /// <summary>Dice coefficient of the two bags of words.</summary>
    private static double Similarity(string[] a, string[] b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        var counts = Bag(a);
        var common = 0;
        foreach (var w in b)
        {
            if (counts.TryGetValue(w, out var c) && c > 0)
            {
                counts[w] = c - 1;
                common++;
            }
        }
        return 2.0 * common / (a.Length + b.Length);
    }

    private static Dictionary<string, int> Bag(string[] words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in words) counts[w] = counts.GetValueOrDefault(w) + 1;
        return counts;
    }

    private ParagraphGroup Paragraphs(IReadOnlyList<Item> olds, IReadOnlyList<Item> news)
    {
        // The begin and end of a field over several paragraphs frame the whole group: they are
        // written once, unrevised, around it, never compared (they could not move apart).
        var same = olds.Count == 1 && news.Count == 1 && olds[0].Key == news[0].Key;
        // A paragraph that reads as it did (most of them) keeps the lists it was cut into: nothing to leave out.
        var framed = !same || olds[0].Tokens!.Exists(IsFrame) || news[0].Tokens!.Exists(IsFrame);
        var oldTokens = framed ? olds.SelectMany(o => o.Tokens!).Where(t => !IsFrame(t)).ToList() : olds[0].Tokens!;
        var allNew = framed ? news.SelectMany(n => n.Tokens!).ToList() : news[0].Tokens!;
        var newTokens = framed ? allNew.Where(t => !IsFrame(t)).ToList() : allNew;
        List<Op> ops;
        if (same)
        {
            ops = new List<Op>(oldTokens.Count);
            for (var i = 0; i < oldTokens.Count; i++) ops.Add(new Op(OpKind.Equal, i, i));
        }
        else
        {
            ops = SequenceDiff.Diff(oldTokens.Select(t => t.Key).ToList(), newTokens.Select(t => t.Key).ToList());
            ops = SequenceDiff.JoinSpaces(ops, i => oldTokens[i].Kind == TokenKind.Text && string.IsNullOrWhiteSpace(oldTokens[i].Text));
        }
        var group = new ParagraphGroup
        {
            Old = olds.SelectMany(o => o.Paragraphs).ToList(),
            New = news.SelectMany(n => n.Paragraphs).ToList(),
            OldTokens = oldTokens,
            NewTokens = newTokens,
            Ops = ops,
            FrameStart = framed ? allNew.Where(t => IsFrame(t) && t.Key != FrameEnd).ToList() : [],
            FrameEnd = framed ? allNew.Where(t => t.Key == FrameEnd).ToList() : [],
        };
        Index(Released, group, oldTokens);
        Index(Current, group, newTokens);

        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            if (op.Kind != OpKind.Equal || oldTokens[op.Old].NoteId is not { } oldNote || newTokens[op.New].NoteId is not { } newNote) continue;
            if (release.Note(oldNote) is { } before && current.Note(newNote) is { } after)
            {
                group.Notes[i] = Plan(before.ChildElements, after.ChildElements, detectMoves: false, loose: true);
                NoteReferences[group.Notes[i]] = (group, i);
            }
        }
        return group;
    }

    private static readonly string FrameEnd = Tokenizer.FieldCharKey(FieldCharValues.End);

    /// <summary>A piece of a field whose begin and end are in different paragraphs.</summary>
    private static bool IsFrame(Token token) => token.Kind == TokenKind.Atom && (token.Key.StartsWith("FC:", StringComparison.Ordinal) || token.Key.StartsWith("FI:", StringComparison.Ordinal));

    private static void Index(Dictionary<Paragraph, (ParagraphGroup, int, int)> index, ParagraphGroup group, List<Token> tokens)
    {
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Mark) continue;
            index[tokens[i].Paragraph] = (group, first, i);
            first = i + 1;
        }
    }

    private TableGroup Tables(Table? o, Table? n)
    {
        var group = new TableGroup { Old = o, New = n };
        var oldRows = o?.Elements<TableRow>().ToList() ?? [];
        var newRows = n?.Elements<TableRow>().ToList() ?? [];
        var ops = SequenceDiff.Diff(oldRows.Select(RowKey).ToList(), newRows.Select(RowKey).ToList());
        var gapOld = new List<TableRow>();
        var gapNew = new List<TableRow>();
        foreach (var op in ops.Append(new Op(OpKind.Equal, -1, -1)))
        {
            if (op.Kind == OpKind.Delete) { gapOld.Add(oldRows[op.Old]); continue; }
            if (op.Kind == OpKind.Insert) { gapNew.Add(newRows[op.New]); continue; }
            foreach (var row in PairRows(gapOld, gapNew)) group.Rows.Add(row);
            gapOld.Clear();
            gapNew.Clear();
            if (op.Old >= 0) group.Rows.Add(Row(oldRows[op.Old], newRows[op.New]));
        }
        return group;
    }

    /// <summary>Rows between two unchanged ones: paired in order when they have as many cells and read alike.</summary>
    private IEnumerable<RowPlan> PairRows(List<TableRow> olds, List<TableRow> news)
    {
        int i = 0, j = 0;
        while (i < olds.Count || j < news.Count)
        {
            if (i < olds.Count && j < news.Count && Cells(olds[i]).Count == Cells(news[j]).Count
                && (olds.Count - i == news.Count - j || Similarity(Words(olds[i]), Words(news[j])) >= 0.3))
            {
                yield return Row(olds[i++], news[j++]);
            }
            else if (i < olds.Count && (olds.Count - i >= news.Count - j)) yield return Row(olds[i++], null);
            else yield return Row(null, news[j++]);
        }
    }

    private RowPlan Row(TableRow? o, TableRow? n)
    {
        var plan = new RowPlan { Old = o, New = n };
        var oldCells = o is null ? [] : Cells(o);
        var newCells = n is null ? [] : Cells(n);
        for (var c = 0; c < Math.Max(oldCells.Count, newCells.Count); c++)
        {
            plan.Cells.Add(Plan(
                c < oldCells.Count ? oldCells[c].ChildElements : [],
                c < newCells.Count ? newCells[c].ChildElements : [],
                detectMoves: false, loose: true));
        }
        return plan;
    }

    private static List<TableCell> Cells(TableRow row) => row.Elements<TableCell>().ToList();

    /// <summary>A paragraph's tokens, cut once: a table's cells are looked at for its key, its words and again when its rows are aligned.</summary>
    private List<Token> TokensOf(Paragraph paragraph)
    {
        if (!tokenized.TryGetValue(paragraph, out var tokens) && !release.Tokens.TryGetValue(paragraph, out tokens) && !current.Tokens.TryGetValue(paragraph, out tokens))
            tokenized[paragraph] = tokens = Tokenizer.Of(paragraph);
        return tokens;
    }

    private readonly Dictionary<Paragraph, List<Token>> tokenized = new(ReferenceEqualityComparer.Instance);

    private static string KeyOf(IEnumerable<Token> tokens) => string.Join("\u0003", tokens.Select(t => t.Key));

    private string RowKey(TableRow row) =>
        "R" + string.Join("\u0002", Cells(row).Select(c => string.Join("\u0003", c.Elements<Paragraph>().Select(p => KeyOf(TokensOf(p))))));

    private string[] Words(OpenXmlElement element) =>
        element.Descendants<Paragraph>().SelectMany(TokensOf).Where(t => t.IsWord).Select(t => t.Key.ToLowerInvariant()).ToArray();

    private static readonly string FieldBegin = Tokenizer.FieldCharKey(FieldCharValues.Begin);

    /// <summary>
    /// Items of a container. Paragraphs a field runs across (the table of contents begins in
    /// its first entry and ends in its last) make one item: compared apart, the field's end
    /// could be deleted in one entry and inserted in another, and readers lose the field.
    /// </summary>
    private List<Item> Items(IEnumerable<OpenXmlElement> blocks)
    {
        var items = new List<Item>();
        var pending = new List<(Paragraph Paragraph, List<Token> Tokens)>();
        var depth = 0;
        foreach (var block in blocks)
        {
            if (block is Table table)
            {
                if (pending.Count > 0) { items.Add(Item.Of(pending)); pending.Clear(); depth = 0; }
                items.Add(TableItem(table));
                continue;
            }
            var paragraph = (Paragraph)block;
            var tokens = TokensOf(paragraph);
            pending.Add((paragraph, tokens));
            foreach (var t in tokens)
            {
                if (t.Kind != TokenKind.Atom) continue;
                if (t.Key == FieldBegin) depth++;
                if (t.Key == FrameEnd) depth--;
            }
            if (depth <= 0)
            {
                items.Add(Item.Of(pending));
                pending.Clear();
                depth = 0;
            }
        }
        if (pending.Count > 0) items.Add(Item.Of(pending));
        return items;
    }

    private Item TableItem(Table table) => new(() => Words(table))
    {
        Table = table,
        Key = "T" + string.Join("\u0004", table.Elements<TableRow>().Select(RowKey)),
    };

    /// <summary>A block as the alignment sees it: a table, a paragraph, or the paragraphs one field spans.</summary>
    private sealed class Item(Func<string[]> words)
    {
        private string[]? wordList;

        public IReadOnlyList<Paragraph> Paragraphs { get; private init; } = [];
        public Paragraph? Paragraph => Paragraphs.Count > 0 ? Paragraphs[0] : null;
        public bool IsSimple => Paragraphs.Count == 1;
        public Table? Table { get; init; }
        public List<Token>? Tokens { get; private init; }
        public required string Key { get; init; }

        /// <summary>Its words in lower case, for similarity: wanted only where blocks differ, so found on first use.</summary>
        public string[] Words => wordList ??= words();

        /// <summary>How many times each of its words occurs.</summary>
        public Dictionary<string, int> Bag => bag ??= Planner.Bag(Words);

        private Dictionary<string, int>? bag;
        public string Style { get; private init; } = "";
        public MoveInfo? Move { get; set; }

        public static Item Of(List<(Paragraph Paragraph, List<Token> Tokens)> paragraphs)
        {
            var tokens = paragraphs.Count == 1 ? paragraphs[0].Tokens : paragraphs.SelectMany(p => p.Tokens).ToList();
            return new Item(() => tokens.Where(t => t.IsWord).Select(t => t.Key.ToLowerInvariant()).ToArray())
            {
                Paragraphs = paragraphs.Select(p => p.Paragraph).ToList(),
                Tokens = tokens,
                Style = (paragraphs.Count > 1 ? "\u0001" : "") + Tokenizer.Style(paragraphs[0].Paragraph),
                Key = KeyOf(tokens),
            };
        }
    }
}
