using AlLas.Publishing.Content;

namespace AlLas.Publishing.Review.Import;

/// <summary>An edit made with Track Changes off: the release read <see cref="Replaced"/> where the reviewer's file reads the revision's text.</summary>
public sealed record UntrackedEdit(ReviewRevision Revision, string Replaced, ItemMapping Mapping);

/// <summary>Every item of a returned draft with where it lands in the sources.</summary>
public sealed record ReviewMapping(
    IReadOnlyList<(ReviewComment Comment, ItemMapping Mapping)> Comments,
    IReadOnlyList<(ReviewRevision Revision, ItemMapping Mapping)> Revisions,
    IReadOnlyList<UntrackedEdit> Untracked);

/// <summary>
/// Maps a reviewer's comments and revisions to the sources of the release they reviewed. The
/// reviewer's paragraphs, as they read before the reviewer's revisions (a paragraph split with Track
/// Changes on is one paragraph again), are paired with the release's paragraphs; a paragraph split
/// or two paragraphs joined with Track Changes off are found by their text and paired as one. Inside
/// a pair, characters are paired by a diff, and each character of the release knows its source. Text
/// that no paragraph accounts for (headers, footers, the cover's data) is looked up in the data
/// files; what still cannot be placed keeps the reason. Changes that `review apply` cannot write into
/// Markdown by itself say why (<see cref="ItemMapping.Manual"/>).
/// </summary>
public sealed partial class ReviewMapper
{
    public const string NoLocation = "el comentario no está anclado en ningún lugar del documento";
    public const string NoParagraph = "el párrafo no se corresponde con ningún párrafo de la versión publicada";
    public const string NoSource = "el texto no procede de las fuentes (campo, índice, encabezado o pie generado)";

    private const int ContextLength = 40;

    private readonly IReadOnlyList<SourceText> data;
    private readonly DocxDetails returned;
    private readonly Dictionary<(string Part, int Paragraph), DocxParagraph> paragraphs = [];
    private readonly List<Logical> logical = [];
    private readonly Dictionary<(string Part, int Paragraph), (Logical Paragraph, int Offset)> where = [];
    private readonly Dictionary<string, IReadOnlyList<TextTarget>> releaseParts = [];

    private ReviewMapper(IReadOnlyList<SourceText> data, DocxDetails? returned)
    {
        this.data = data;
        this.returned = returned ?? DocxDetails.Empty;
    }

    /// <param name="extract">What the reviewer's file holds.</param>
    /// <param name="release">The release's paragraphs, each knowing its source.</param>
    /// <param name="data">Data files that text outside the chapters comes from (publication.yml, document.yml).</param>
    /// <param name="editor">Who made the edits without Track Changes (they carry no author).</param>
    /// <param name="returned">Field results and formatting changes of the reviewer's file, when read; the release's own field results come with its paragraphs (<see cref="TextTarget.FieldResults"/>).</param>
    public static ReviewMapping Map(ReviewExtract extract, IReadOnlyList<TextTarget> release, IReadOnlyList<SourceText> data, string editor,
        DocxDetails? returned = null)
    {
        var mapper = new ReviewMapper(data, returned);
        mapper.Pair(extract, release);
        var comments = new List<(ReviewComment, ItemMapping)>();
        var byId = new Dictionary<string, ItemMapping>();
        foreach (var comment in extract.Comments)
        {
            var mapping = comment.Location is { } location ? mapper.Range(location, comment.Quote)
                : comment.Parent is { } parent && byId.TryGetValue(parent, out var parentMapping) ? parentMapping
                : ItemMapping.None(NoLocation);
            byId[comment.Id] = mapping;
            comments.Add((comment, mapping));
        }
        var rows = extract.Revisions
            .Where(r => r.Kind is RevisionKind.RowInsert or RevisionKind.RowDelete && r.Location is not null)
            .Select(r => (r.Kind, r.Location!.Part, First: r.Location.Paragraph, Last: r.Location.EndParagraph))
            .ToList();
        var revisions = extract.Revisions.Select(r => (r, mapper.Revision(r, rows))).ToList();
        return new ReviewMapping(comments, revisions, mapper.Untracked(editor).ToList());
    }

    /// <summary>A paragraph as it read before the reviewer's revisions: one w:p, or several that a paragraph split (tracked or not) made of it.</summary>
    private sealed class Logical(string part)
    {
        public string Part { get; } = part;

        /// <summary>Its place in the mapper's list of paragraphs: a range runs through the ones between its ends.</summary>
        public int Index { get; set; } = -1;

        // Nearly every logical paragraph is one w:p: a list of one piece, and that w:p's own text, not a copy.
        public List<Piece> Pieces { get; } = new(1);
        public string Text { get; private set; } = "";
        public TextTarget? Target { get; set; }
        public CharacterMap ToTarget { get; set; }

        /// <summary>The release paragraphs of its part it pairs with: [First, Last], indexes into that part's paragraphs.</summary>
        public (int First, int Last) Targets { get; set; } = (-1, -1);

        public void Add(DocxParagraph paragraph, bool untracked)
        {
            var original = paragraph.OriginalText;
            // Where the reviewer pressed Enter between two words, the space may have gone with it.
            if (untracked && Text.Length > 0 && original.Length > 0 && !char.IsWhiteSpace(Text[^1]) && !char.IsWhiteSpace(original[0]))
                Text += " ";
            Pieces.Add(new Piece(paragraph.Index, Text.Length, original.Length, untracked));
            Text += original;
        }
    }

    /// <summary>One w:p of a logical paragraph; Untracked: it was split from the one before without a revision mark.</summary>
    private sealed record Piece(int Paragraph, int Offset, int Length, bool Untracked);

    private void Pair(ReviewExtract extract, IReadOnlyList<TextTarget> release)
    {
        foreach (var p in extract.Paragraphs) paragraphs[(p.Part, p.Index)] = p;
        var splits = extract.Revisions
            .Where(r => r.Kind == RevisionKind.ParagraphInsert && r.Location is not null)
            .Select(r => (r.Location!.Part, r.Location.Paragraph))
            .ToHashSet();

        foreach (var part in extract.Paragraphs.GroupBy(p => p.Part))
        {
            // Paragraphs a tracked paragraph mark split are one unit again.
            var units = new List<List<DocxParagraph>>();
            foreach (var paragraph in part)
            {
                var previous = units.Count > 0 ? units[^1][^1] : null;
                if (previous is not null && previous.Index == paragraph.Index - 1 && splits.Contains((part.Key, previous.Index)))
                    units[^1].Add(paragraph);
                else
                    units.Add([paragraph]);
            }
            var texts = units.Select(u => string.Concat(u.Select(p => p.OriginalText))).ToList();
            var targets = release.Where(t => t.Part == part.Key).ToList();
            releaseParts[part.Key] = targets;
            var match = ParagraphAligner.Align(texts, targets.Select(t => t.Text).ToList());

            foreach (var group in ParagraphGroups.Of(texts, targets.Select(t => t.Text).ToList(), match))
            {
                var paragraph = new Logical(part.Key);
                for (var u = group.First; u <= group.Last; u++)
                    for (var i = 0; i < units[u].Count; i++)
                        paragraph.Add(units[u][i], untracked: u > group.First && i == 0);
                foreach (var piece in paragraph.Pieces) where[(part.Key, piece.Paragraph)] = (paragraph, piece.Offset);
                paragraph.Index = logical.Count;
                logical.Add(paragraph);
                if (group.Targets.Count == 0) continue;
                paragraph.Target = group.Targets.Count == 1 ? targets[group.Targets[0]] : new JoinedTarget(group.Targets.Select(t => targets[t]).ToList());
                paragraph.Targets = (group.Targets[0], group.Targets[^1]);
                paragraph.ToTarget = TextDiff.CharacterMap(paragraph.Text, paragraph.Target.Text);
            }
        }
    }

    private ItemMapping Revision(ReviewRevision revision, IReadOnlyList<(RevisionKind Kind, string Part, int First, int Last)> rows)
    {
        if (revision.Location is not { } location) return ItemMapping.None(NoLocation);
        var row = rows.FirstOrDefault(r => r.Part == location.Part && r.First <= location.Paragraph && location.Paragraph <= r.Last);
        switch (revision.Kind)
        {
            case RevisionKind.RowInsert:
                return RowInsert(location);
            case RevisionKind.RowDelete:
                return RowDelete(location);
            case RevisionKind.Insert or RevisionKind.Delete or RevisionKind.MoveFrom or RevisionKind.MoveTo when row.Part is not null:
                // Word and LibreOffice record a row's text as inserted or deleted too: it goes with the row.
                return Range(location, revision.Text) with { Manual = row.Kind == RevisionKind.RowInsert ? PartOfInsertedRow : PartOfDeletedRow };
            case RevisionKind.CellInsert or RevisionKind.CellDelete:
                return Range(location, revision.Text) with { Manual = CellChange };
            case RevisionKind.Format:
                return Format(revision, location);
            case RevisionKind.ParagraphFormat:
                return Range(location, revision.Text) with { Manual = ParagraphFormatChange };
            case RevisionKind.ParagraphInsert:
                return Split(location);
            case RevisionKind.ParagraphDelete:
                return Join(location);
        }
        var mapping = Range(location, revision.Text);
        if (mapping.Continues.Count > 0) return mapping with { Manual = AcrossFiles };
        if (revision.Kind is RevisionKind.Insert or RevisionKind.MoveTo or RevisionKind.Delete or RevisionKind.MoveFrom
            && mapping.Source is not null && TextChangeProblem(location, revision.Kind is RevisionKind.Insert or RevisionKind.MoveTo) is { } problem)
            return mapping with { Manual = problem };
        return mapping;
    }

    /// <summary>Why a tracked text change cannot be written where it maps: it cuts into text the build generates.</summary>
    private string? TextChangeProblem(DocxLocation location, bool insertion)
    {
        if (location.Paragraph != location.EndParagraph) return null;
        if (!where.TryGetValue((location.Part, location.Paragraph), out var at) || at.Paragraph.Target is not { } target) return null;
        var (start, end) = TargetRange(at.Paragraph, at.Offset + location.Start, at.Offset + location.End);
        if (start < 0) return null;
        return insertion ? (InsideGenerated(target, start) ? InsideGeneratedText : null)
            : CutsGenerated(target, start, end) ? CutGeneratedText : null;
    }

    /// <summary>The release range [start, end) that a logical paragraph's [s, e) pairs with, or (-1, -1).</summary>
    private static (int Start, int End) TargetRange(Logical paragraph, int s, int e)
    {
        int? start = null, end = null;
        for (var k = Math.Max(0, s); k < Math.Min(e, paragraph.ToTarget.Length); k++)
        {
            if (paragraph.ToTarget[k] < 0) continue;
            start ??= paragraph.ToTarget[k];
            end = paragraph.ToTarget[k] + 1;
        }
        if (start is null)
        {
            var point = TargetIndex(paragraph, s);
            return point < 0 ? (-1, -1) : (point, point);
        }
        return (start.Value, end!.Value);
    }

    /// <summary>The release offset that offset k of a logical paragraph falls on (for a point: where text inserted there goes), or -1.</summary>
    private static int TargetIndex(Logical paragraph, int k)
    {
        var map = paragraph.ToTarget;
        for (var d = 0; d <= map.Length; d++)
        {
            var before = k - 1 - d;
            if (before >= 0 && before < map.Length && map[before] >= 0) return map[before] + 1;
            var after = k + d;
            if (after < map.Length && map[after] >= 0) return map[after];
            if (before < 0 && after >= map.Length) break;
        }
        return -1;
    }

    private ItemMapping Range(DocxLocation location, string docxText)
    {
        if (!where.TryGetValue((location.Part, location.Paragraph), out var start))
            return Fallback(location, docxText);
        if (!where.TryGetValue((location.Part, location.EndParagraph), out var end)) end = start;
        var (first, s) = (start.Paragraph, start.Offset + location.Start);
        var (last, e) = (end.Paragraph, end.Offset + location.End);
        if (first.Target is null && last.Target is null) return Fallback(location, docxText);

        // Every mapped character of the range, paragraph after paragraph, in the order Word shows them.
        var chars = new List<SourceChar>();
        var from = first.Index;
        var to = Math.Max(from, last.Index);
        for (var i = from; i <= to; i++)
        {
            var paragraph = logical[i];
            var a = i == from ? s : 0;
            var b = i == to ? e : paragraph.Text.Length;
            chars.AddRange(Mapped(paragraph, a, b));
        }
        if (chars.Count == 0)
            return Point(first.Target is not null ? first : last, first.Target is not null ? s : e) is { } point
                ? ItemMapping.To(point)
                : ItemMapping.None(NoParagraph);
        // A range that runs from one file into another (the end of a chapter and the start of the next) is one span per file.
        var spans = chars.GroupBy(c => c.Source.File)
            .Select(g => Located(g.First().Source, g.Min(c => c.Start), Math.Max(g.Min(c => c.Start), g.Max(c => c.End))))
            .ToList();
        return ItemMapping.To(spans[0]) with { Continues = spans.Skip(1).ToList() };
    }

    private static IEnumerable<SourceChar> Mapped(Logical paragraph, int start, int end)
    {
        if (paragraph.Target is null) yield break;
        for (var k = Math.Max(0, start); k < Math.Min(end, paragraph.ToTarget.Length); k++)
            if (paragraph.ToTarget[k] >= 0 && paragraph.Target.At(paragraph.ToTarget[k]) is { } c) yield return c;
    }

    /// <summary>Where text inserted at offset k of a paragraph goes (see <see cref="PointAt"/>).</summary>
    private static SourceLocation? Point(Logical paragraph, int k)
    {
        if (paragraph.Target is null) return null;
        var index = TargetIndex(paragraph, k);
        return index < 0 ? null : PointAt(paragraph.Target, index);
    }

    /// <summary>
    /// Where text inserted before character <paramref name="index"/> of a release paragraph goes:
    /// right after the source of the character before it, else right before the source of the
    /// character after it. A reference, a citation or a typographic quote is a whole: text beside it
    /// goes beside what produced it. Inside generated text (a template's output, the middle of a
    /// reference) the point is the whole producing span, which no edit can go into.
    /// </summary>
    private static SourceLocation? PointAt(TextTarget target, int index)
    {
        var prev = target.At(index - 1);
        var next = target.At(index);
        if (prev is { } p && (p.Verbatim || !SameSpan(prev, next) && IsInline(p))) return Located(p.Source, p.End + 1, p.End);
        if (next is { } n && (n.Verbatim || !SameSpan(prev, next) && IsInline(n))) return Located(n.Source, n.Start, n.Start - 1);
        if (prev is { } q) return Located(q.Source, q.Start, q.End);
        if (next is { } m) return Located(m.Source, m.Start, m.End);
        return null;
    }

    /// <summary>Two characters of the same generated text (a reference, a template's output, a number the writer adds).</summary>
    private static bool SameSpan(SourceChar? a, SourceChar? b) =>
        a is { Verbatim: false } x && b is { Verbatim: false } y && x.Source.File == y.Source.File && x.Start == y.Start && x.End == y.End;

    /// <summary>An inline the build expands on its own: a cross-reference, a citation, a pending note, a typographic quote, an entity, a line break.</summary>
    private static bool IsInline(SourceChar c)
    {
        var text = c.Source.Text;
        if (c.Start < 0 || c.End >= text.Length || c.End < c.Start) return false;
        var produced = text.AsSpan(c.Start, c.End - c.Start + 1);
        if (produced.Contains("{{", StringComparison.Ordinal)) return false;
        // A line break within a paragraph reads as a space.
        if (produced.IsWhiteSpace()) return true;
        if (produced.Contains('\n')) return false;
        return produced.Length <= 2 || produced[0] == '@' || produced[0] == '[' && produced[^1] == ']' || produced[0] == '&' && produced[^1] == ';';
    }

    /// <summary>Whether [start, end) of a release paragraph holds part, not all, of a generated text.</summary>
    private static bool CutsGenerated(TextTarget target, int start, int end) =>
        end > start && (SameSpan(target.At(start - 1), target.At(start)) || SameSpan(target.At(end - 1), target.At(end)));

    /// <summary>Whether a point before <paramref name="index"/> falls inside a generated text.</summary>
    private static bool InsideGenerated(TextTarget target, int index) => SameSpan(target.At(index - 1), target.At(index));

    /// <summary>Source [start, end] (end inclusive; end = start - 1 is the point before start).</summary>
    private static SourceLocation Located(SourceText source, int start, int end)
    {
        var text = source.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start - 1, text.Length - 1);
        var (line, column) = source.Position(start);
        var quote = end >= start ? text[start..(end + 1)] : "";
        var (endLine, endColumn) = end >= start ? source.Position(end) : (line, column);
        return new SourceLocation(source.File, line, column, endLine, endColumn, quote, Context(text, start, -1), Context(text, end + 1, +1));
    }

    /// <summary>Up to a few dozen characters of the same paragraph before (direction -1) or after (+1) an offset.</summary>
    private static string Context(string text, int offset, int direction)
    {
        if (direction < 0)
        {
            var from = Math.Max(0, offset - ContextLength);
            var before = text[from..offset];
            var blank = before.LastIndexOf("\n\n", StringComparison.Ordinal);
            return blank >= 0 ? before[(blank + 2)..] : before;
        }
        var to = Math.Min(text.Length, offset + ContextLength);
        var after = text[offset..to];
        var stop = after.IndexOf("\n\n", StringComparison.Ordinal);
        return stop >= 0 ? after[..stop] : after;
    }

    /// <summary>Text outside the chapters (header, footer, cover lines drawn from data): found once in a data file, it lands there.</summary>
    private ItemMapping Fallback(DocxLocation location, string docxText)
    {
        var candidates = new[] { docxText }
            .Concat(location.ParagraphText.Split(['\t', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Trim().Length >= 3)
            .Select(c => c.Trim());
        foreach (var candidate in candidates)
        {
            var hits = data.SelectMany(d => Occurrences(d.Text, candidate).Select(at => (d, at))).Take(2).ToList();
            if (hits.Count == 1) return ItemMapping.To(Located(hits[0].d, hits[0].at, hits[0].at + candidate.Length - 1));
        }
        return ItemMapping.None(where.ContainsKey((location.Part, location.Paragraph)) ? NoParagraph : NoSource);
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
            yield return at;
    }

    private static (int Paragraph, int Offset) ToDocx(Logical paragraph, int offset)
    {
        var piece = paragraph.Pieces.LastOrDefault(p => p.Offset <= offset) ?? paragraph.Pieces[0];
        return (piece.Paragraph, Math.Clamp(offset - piece.Offset, 0, piece.Length));
    }

    private string ParagraphTextOf(Logical paragraph, int docxParagraph) =>
        paragraphs.TryGetValue((paragraph.Part, docxParagraph), out var p) ? p.OriginalText : "";
}
