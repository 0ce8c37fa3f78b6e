namespace AlLas.Publishing.Review.Import;

/// <summary>
/// Paragraphs a reviewer split or joined without Track Changes. Aligned one to one, a paragraph
/// split in two pairs with the release paragraph by one half, and the other half by nothing; two
/// paragraphs joined pair with one of them. Where a paragraph paired by nothing, next to a paired
/// one, makes the pair read more alike once joined to it, they were one paragraph (a split); where
/// a release paragraph paired by nothing, next to a paired one, does, the reviewer joined them.
/// </summary>
public static class ParagraphGroups
{
    /// <summary>How much more alike a joined pair must read to count as one: less is chance.</summary>
    private const double Gain = 0.02;

    /// <summary>Returned paragraphs First..Last read as one, paired with the release paragraphs Targets (in order; none when unpaired).</summary>
    public sealed record Group(int First, int Last, IReadOnlyList<int> Targets);

    /// <summary>The space that joins two texts where neither has one at the seam.</summary>
    public static string Separator(System.Text.StringBuilder before, string after) =>
        before.Length > 0 && after.Length > 0 && !char.IsWhiteSpace(before[^1]) && !char.IsWhiteSpace(after[0]) ? " " : "";

    public static string Join(IEnumerable<string> texts)
    {
        using var each = texts.GetEnumerator();
        if (!each.MoveNext()) return "";
        // Nearly every group is one paragraph: its own text, not a copy.
        var first = each.Current;
        if (!each.MoveNext()) return first;
        var builder = new System.Text.StringBuilder(first);
        do builder.Append(Separator(builder, each.Current)).Append(each.Current);
        while (each.MoveNext());
        return builder.ToString();
    }

    /// <param name="returned">The reviewer's paragraphs of one part, in order.</param>
    /// <param name="release">The release's paragraphs of that part, in order.</param>
    /// <param name="match">For each returned paragraph, its release paragraph or -1 (<see cref="ParagraphAligner.Align"/>).</param>
    public static IReadOnlyList<Group> Of(IReadOnlyList<string> returned, IReadOnlyList<string> release, int[] match)
    {
        var owner = new int[returned.Count];
        Array.Fill(owner, -1);
        var taken = match.Where(m => m >= 0).ToHashSet();
        var groups = new List<(int First, int Last, List<int> Targets)>();
        for (var i = 0; i < returned.Count; i++)
        {
            if (owner[i] >= 0) continue;
            if (match[i] < 0)
            {
                owner[i] = groups.Count;
                groups.Add((i, i, []));
                continue;
            }
            var target = release[match[i]];
            var (first, last) = (i, i);
            var best = TextDiff.Similarity(returned[i], target);
            // A split: the halves paired by nothing on either side join the paired one.
            while (last + 1 < returned.Count && Free(last + 1) && Better(Join(returned.Skip(first).Take(last - first + 2)), target, ref best)) last++;
            while (first - 1 >= 0 && Free(first - 1) && Better(Join(returned.Skip(first - 1).Take(last - first + 2)), target, ref best)) first--;
            // A join: the release paragraphs paired by nothing on either side join the paired one.
            var targets = new List<int> { match[i] };
            // best already is text's similarity to target: the paragraph's alone, or that of the last join that counted.
            var text = Join(returned.Skip(first).Take(last - first + 1));
            while (Untaken(targets[^1] + 1) && Better(text, Join(targets.Append(targets[^1] + 1).Select(t => release[t])), ref best))
            {
                targets.Add(targets[^1] + 1);
                taken.Add(targets[^1]);
            }
            while (Untaken(targets[0] - 1) && Better(text, Join(targets.Prepend(targets[0] - 1).Select(t => release[t])), ref best))
            {
                targets.Insert(0, targets[0] - 1);
                taken.Add(targets[0]);
            }
            // Paragraphs absorbed backwards may already stand in a group of their own.
            while (groups.Count > 0 && groups[^1].First >= first) groups.RemoveAt(groups.Count - 1);
            for (var k = first; k <= last; k++) owner[k] = groups.Count;
            groups.Add((first, last, targets));
        }
        return groups.Select(g => new Group(g.First, g.Last, g.Targets)).ToList();

        bool Untaken(int t) => t >= 0 && t < release.Count && !taken.Contains(t) && release[t].Trim().Length > 0;

        bool Free(int k) => match[k] < 0 && returned[k].Trim().Length > 0 && (owner[k] < 0 || groups[owner[k]].Targets.Count == 0);
    }

    private static bool Better(string a, string b, ref double best)
    {
        var similarity = TextDiff.Similarity(a, b);
        if (similarity <= best + Gain) return false;
        best = similarity;
        return true;
    }
}
