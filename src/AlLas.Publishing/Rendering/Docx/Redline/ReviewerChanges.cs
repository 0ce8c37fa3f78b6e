using System.Globalization;
using System.Text;
using AlLas.Publishing.Review.Import;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>Who a tracked change is signed by, and when.</summary>
internal readonly record struct Signature(string Author, DateTime Date);

/// <summary>
/// The reviewers' proposals the writers applied, found again among the changes of the redline so
/// that they carry the reviewer's name and date: a coordinator sees their own proposal taken in,
/// and the writers' other changes keep the writers' name. A proposal is found in a paragraph
/// rendered from its source file, by its text: the inserted words among the inserted ones, the
/// deleted words among the deleted ones, each change signed once.
/// </summary>
internal sealed class ReviewerChanges(IReadOnlyList<RegisterItem> applied)
{
    private readonly ILookup<string, RegisterItem> byFile = applied
        .Where(i => i.Source is not null)
        .ToLookup(i => i.Source!.File, StringComparer.Ordinal);

    /// <summary>
    /// The op indexes of a group written as a reviewer's change, with their signature. A group that
    /// holds release paragraphs takes only the proposals recorded on their source lines.
    /// </summary>
    public Dictionary<int, Signature> Of(ParagraphGroup group, string? file, (int First, int Last)? releaseLines, DateTime fallback)
    {
        var signed = new Dictionary<int, Signature>();
        if (file is null || group.Move is not null || !byFile.Contains(file)) return signed;
        foreach (var item in byFile[file])
        {
            if (releaseLines is var (first, last) && (item.Source!.Line < first || item.Source.Line > last)) continue;
            var (inserted, deleted) = Texts(item);
            if (inserted.Length == 0 && deleted.Length == 0) continue;
            var signature = new Signature(item.Reviewer, Parse(item.Date) ?? fallback);
            var ops = new List<int>();
            if (!Find(group, inserted, OpKind.Insert, signed, ops) || !Find(group, deleted, OpKind.Delete, signed, ops)) continue;
            foreach (var op in ops) signed[op] = signature;
        }
        return signed;
    }

    /// <summary>What the proposal put in and what it took out.</summary>
    private static (string Inserted, string Deleted) Texts(RegisterItem item) => item.Kind switch
    {
        "insert" => (item.Text.Trim(), ""),
        "delete" => ("", item.Text.Trim()),
        "untracked-edit" => (item.Text.Trim(), item.Quote.Trim()),
        _ => ("", ""),
    };

    /// <summary>
    /// The ops of one kind that write the text, on the side they stand (new for insertions, old for
    /// deletions): the first place where every letter of it is such an op not signed yet.
    /// </summary>
    private static bool Find(ParagraphGroup group, string text, OpKind kind, Dictionary<int, Signature> signed, List<int> found)
    {
        if (text.Length == 0) return true;
        var side = new StringBuilder();
        var opAt = new List<int>();
        for (var i = 0; i < group.Ops.Count; i++)
        {
            var op = group.Ops[i];
            var token = kind == OpKind.Insert ? (op.New >= 0 ? group.NewTokens[op.New] : null) : (op.Old >= 0 ? group.OldTokens[op.Old] : null);
            if (token is null) continue;
            foreach (var _ in token.Text)
                opAt.Add(i);
            side.Append(token.Text);
        }
        var whole = side.ToString();
        for (var at = whole.IndexOf(text, StringComparison.Ordinal); at >= 0; at = whole.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            var ops = Enumerable.Range(at, text.Length).Where(c => !char.IsWhiteSpace(whole[c])).Select(c => opAt[c]).Distinct().ToList();
            if (ops.All(o => group.Ops[o].Kind == kind && !signed.ContainsKey(o) && !found.Contains(o)))
            {
                // The spaces between its words go with it when they were written with it, and so does a
                // space beside it: the comparison may take the space after the words where the reviewer took the one before.
                var mine = Enumerable.Range(at, text.Length).Select(c => opAt[c]).Distinct().Where(o => group.Ops[o].Kind == kind).ToList();
                bool Space(int o) => o >= 0 && o < group.Ops.Count && group.Ops[o].Kind == kind && !signed.ContainsKey(o) && !found.Contains(o) && !mine.Contains(o)
                    && (kind == OpKind.Insert ? group.NewTokens[group.Ops[o].New] : group.OldTokens[group.Ops[o].Old]) is { Kind: TokenKind.Text, Text: var t } && t.Length > 0 && t.All(char.IsWhiteSpace);
                if (Space(mine.Min() - 1)) mine.Add(mine.Min() - 1);
                else if (Space(mine.Max() + 1)) mine.Add(mine.Max() + 1);
                found.AddRange(mine.Where(o => !found.Contains(o)));
                return true;
            }
        }
        return false;
    }

    private static DateTime? Parse(string? iso) =>
        DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d.UtcDateTime : null;
}
