using DiffPlex;
using DiffPlex.Chunkers;

namespace AlLas.Publishing.Review.Import;

/// <summary>One difference between two texts: [OldStart, OldStart+OldLength) of the old became [NewStart, NewStart+NewLength) of the new.</summary>
public readonly record struct TextEdit(int OldStart, int OldLength, int NewStart, int NewLength);

/// <summary>
/// Differences between the text of a paragraph as released and as a reviewer returned it: by
/// character, to carry offsets from one to the other, and by word, to report edits a person reads.
/// </summary>
public static class TextDiff
{
    /// <summary>For each character of <paramref name="from"/>, the index of the same character in <paramref name="to"/>, or -1 where it has none.</summary>
    public static CharacterMap CharacterMap(string from, string to)
    {
        if (from == to) return Import.CharacterMap.Identity(from.Length);
        var map = new int[from.Length];
        Array.Fill(map, -1);
        var edits = Diff(from, to, CharacterChunker.Instance, c => c.Length);
        int a = 0, b = 0;
        foreach (var edit in edits)
        {
            while (a < edit.OldStart) map[a++] = b++;
            a += edit.OldLength;
            b += edit.NewLength;
        }
        while (a < from.Length && b < to.Length) map[a++] = b++;
        return Import.CharacterMap.Of(map);
    }

    /// <summary>Word-level edits from <paramref name="old"/> to <paramref name="new"/>, in character offsets.</summary>
    public static IReadOnlyList<TextEdit> Words(string old, string @new) =>
        old == @new ? [] : Diff(old, @new, WordTokens.Instance, c => c.Length);

    /// <summary>How alike two texts are: twice the characters they share over their total length (1 = equal).</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length + b.Length == 0) return 1;
        if (a == b) return 1;
        var shorter = Math.Min(a.Length, b.Length);
        var longer = Math.Max(a.Length, b.Length);
        // Can never come close: not worth a diff.
        if (2.0 * shorter / (a.Length + b.Length) < 0.2 || longer > 20 * Math.Max(1, shorter)) return 2.0 * shorter / (a.Length + b.Length);
        var changed = Diff(a, b, WordTokens.Instance, c => c.Length).Sum(e => e.OldLength);
        return 2.0 * (a.Length - changed) / (a.Length + b.Length);
    }

    private static List<TextEdit> Diff(string old, string @new, IChunker chunker, Func<string, int> length)
    {
        var result = Differ.Instance.CreateDiffs(old, @new, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        var oldOffsets = Offsets(result.PiecesOld);
        var newOffsets = Offsets(result.PiecesNew);
        return result.DiffBlocks
            .Select(block => new TextEdit(
                oldOffsets[block.DeleteStartA],
                oldOffsets[block.DeleteStartA + block.DeleteCountA] - oldOffsets[block.DeleteStartA],
                newOffsets[block.InsertStartB],
                newOffsets[block.InsertStartB + block.InsertCountB] - newOffsets[block.InsertStartB]))
            .ToList();
    }

    private static int[] Offsets(IReadOnlyList<string> pieces)
    {
        var offsets = new int[pieces.Count + 1];
        for (var i = 0; i < pieces.Count; i++) offsets[i + 1] = offsets[i] + pieces[i].Length;
        return offsets;
    }

    /// <summary>Words, runs of spaces and single punctuation marks, so that an edit reads as whole words and nothing is lost between tokens.</summary>
    private sealed class WordTokens : IChunker
    {
        public static readonly WordTokens Instance = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var tokens = new List<string>();
            var i = 0;
            while (i < text.Length)
            {
                var start = i;
                if (char.IsLetterOrDigit(text[i]))
                    while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                else if (char.IsWhiteSpace(text[i]))
                    while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                else
                    i++;
                tokens.Add(text[start..i]);
            }
            return tokens;
        }
    }
}
