using DiffPlex;

namespace AlLas.Publishing.Rendering.Docx.Redline;

internal enum OpKind { Equal, Delete, Insert }

/// <summary>One step of an edit script: an old element kept as the new one, dropped, or a new one added.</summary>
internal readonly record struct Op(OpKind Kind, int Old, int New);

/// <summary>
/// Edit scripts between two sequences of keys, by DiffPlex's Myers diff: the longest run of
/// unchanged elements, the rest as deletions followed by insertions.
/// </summary>
internal static class SequenceDiff
{
    private const char Separator = '\u0001';

    public static List<Op> Diff(IReadOnlyList<string> oldKeys, IReadOnlyList<string> newKeys)
    {
        var ops = new List<Op>(Math.Max(oldKeys.Count, newKeys.Count));
        if (oldKeys.Count == 0 || newKeys.Count == 0)
        {
            for (var i = 0; i < oldKeys.Count; i++) ops.Add(new Op(OpKind.Delete, i, -1));
            for (var j = 0; j < newKeys.Count; j++) ops.Add(new Op(OpKind.Insert, -1, j));
            return ops;
        }
        var result = Differ.Instance.CreateDiffs(Join(oldKeys), Join(newKeys), false, false, new KeyChunker());
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (a < block.DeleteStartA && b < block.InsertStartB) ops.Add(new Op(OpKind.Equal, a++, b++));
            for (var k = 0; k < block.DeleteCountA; k++) ops.Add(new Op(OpKind.Delete, a++, -1));
            for (var k = 0; k < block.InsertCountB; k++) ops.Add(new Op(OpKind.Insert, -1, b++));
        }
        while (a < oldKeys.Count && b < newKeys.Count) ops.Add(new Op(OpKind.Equal, a++, b++));
        while (a < oldKeys.Count) ops.Add(new Op(OpKind.Delete, a++, -1));
        while (b < newKeys.Count) ops.Add(new Op(OpKind.Insert, -1, b++));
        return ops;
    }

    /// <summary>
    /// A lone space kept between two changed words makes "del ins ␣ del ins" where a reader expects
    /// one deleted phrase and one inserted phrase: such spaces join the change around them.
    /// </summary>
    public static List<Op> JoinSpaces(List<Op> ops, Func<int, bool> oldIsSpace)
    {
        var result = new List<Op>(ops.Count);
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            if (op.Kind == OpKind.Equal && oldIsSpace(op.Old)
                && i > 0 && ops[i - 1].Kind != OpKind.Equal
                && i + 1 < ops.Count && ops[i + 1].Kind != OpKind.Equal)
            {
                result.Add(new Op(OpKind.Delete, op.Old, -1));
                result.Add(new Op(OpKind.Insert, -1, op.New));
                continue;
            }
            result.Add(op);
        }
        // Deletions before insertions within each changed stretch, as Word shows a replacement.
        var ordered = new List<Op>(result.Count);
        for (var i = 0; i < result.Count;)
        {
            if (result[i].Kind == OpKind.Equal) { ordered.Add(result[i++]); continue; }
            var start = i;
            while (i < result.Count && result[i].Kind != OpKind.Equal) i++;
            ordered.AddRange(result.Skip(start).Take(i - start).Where(o => o.Kind == OpKind.Delete));
            ordered.AddRange(result.Skip(start).Take(i - start).Where(o => o.Kind == OpKind.Insert));
        }
        return ordered;
    }

    private static string Join(IReadOnlyList<string> keys) => string.Join(Separator, keys);

    private sealed class KeyChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split(Separator);
    }
}
