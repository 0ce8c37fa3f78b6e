using DiffPlex;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// Pairs the paragraphs of a returned draft with those of its release, in order: paragraphs that
/// read the same are paired first (the longest common sequence), then, between them, paragraphs a
/// reviewer edited are paired with the release paragraph they resemble most. Paragraphs without text
/// (images, empty lines) are never paired.
/// </summary>
public static class ParagraphAligner
{
    public const double MinimumSimilarity = 0.5;

    /// <summary>Between paragraphs already paired, as many on each side: they correspond unless they share almost nothing.</summary>
    public const double MinimumSimilarityInPlace = 0.2;

    /// <summary>Fuzzy pairing compares every paragraph with every other inside a gap; larger gaps are paired greedily.</summary>
    private const int ExhaustiveCells = 40_000;

    /// <summary>For each paragraph of <paramref name="returned"/>, the index of its release paragraph, or -1.</summary>
    public static int[] Align(IReadOnlyList<string> returned, IReadOnlyList<string> release)
    {
        var match = new int[returned.Count];
        Array.Fill(match, -1);
        if (returned.Count == 0 || release.Count == 0) return match;
        var a = returned.Select((t, i) => Key(t, "a", i)).ToList();
        var b = release.Select((t, i) => Key(t, "b", i)).ToList();

        var diff = Differ.Instance.CreateDiffs(Chunked.Old, Chunked.New, false, false, new Chunked(a, b));
        int ai = 0, bi = 0;
        foreach (var block in diff.DiffBlocks)
        {
            while (ai < block.DeleteStartA) match[ai++] = bi++;
            Fuzzy(returned, release, match, block.DeleteStartA, block.DeleteCountA, block.InsertStartB, block.InsertCountB);
            ai = block.DeleteStartA + block.DeleteCountA;
            bi = block.InsertStartB + block.InsertCountB;
        }
        while (ai < a.Count && bi < b.Count) match[ai++] = bi++;
        return match;
    }

    /// <summary>Whitespace does not tell paragraphs apart; empty ones get a key nothing else has.</summary>
    private static string Key(string text, string side, int index)
    {
        // Nearly every paragraph is its own key: words with single spaces between them.
        if (SingleSpaced(text)) return text;
        var key = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return key.Length == 0 ? $"\u0002{side}{index}" : key;
    }

    /// <summary>Whether a text reads the same once its words are joined by single spaces: not empty, no other whitespace, none at either end or twice.</summary>
    private static bool SingleSpaced(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? text[i - 1] == ' ' : char.IsWhiteSpace(c)) return false;
        }
        return true;
    }

    private static void Fuzzy(IReadOnlyList<string> a, IReadOnlyList<string> b, int[] match, int aStart, int aCount, int bStart, int bCount)
    {
        if (aCount == 0 || bCount == 0) return;
        if ((long)aCount * bCount > ExhaustiveCells)
        {
            Greedy(a, b, match, aStart, aCount, bStart, bCount);
            return;
        }
        // Needleman-Wunsch without gap penalties: the monotonic pairing with the greatest total similarity.
        var threshold = aCount == bCount ? MinimumSimilarityInPlace : MinimumSimilarity;
        var sim = new double[aCount, bCount];
        for (var i = 0; i < aCount; i++)
            for (var j = 0; j < bCount; j++)
                sim[i, j] = Similar(a[aStart + i], b[bStart + j], threshold);
        var score = new double[aCount + 1, bCount + 1];
        for (var i = 1; i <= aCount; i++)
            for (var j = 1; j <= bCount; j++)
            {
                var best = Math.Max(score[i - 1, j], score[i, j - 1]);
                if (sim[i - 1, j - 1] > 0) best = Math.Max(best, score[i - 1, j - 1] + sim[i - 1, j - 1]);
                score[i, j] = best;
            }
        for (int i = aCount, j = bCount; i > 0 && j > 0;)
        {
            if (sim[i - 1, j - 1] > 0 && Math.Abs(score[i, j] - (score[i - 1, j - 1] + sim[i - 1, j - 1])) < 1e-9)
            {
                match[aStart + i - 1] = bStart + j - 1;
                i--;
                j--;
            }
            else if (Math.Abs(score[i, j] - score[i - 1, j]) < 1e-9) i--;
            else j--;
        }
    }

    private static void Greedy(IReadOnlyList<string> a, IReadOnlyList<string> b, int[] match, int aStart, int aCount, int bStart, int bCount)
    {
        const int window = 40;
        var next = bStart;
        for (var i = aStart; i < aStart + aCount; i++)
        {
            var best = -1;
            var bestSim = 0.0;
            for (var j = next; j < Math.Min(bStart + bCount, next + window); j++)
            {
                var s = Similar(a[i], b[j], MinimumSimilarity);
                if (s > bestSim) (best, bestSim) = (j, s);
            }
            if (best < 0) continue;
            match[i] = best;
            next = best + 1;
        }
    }

    /// <summary>The similarity of two paragraphs when it is enough to pair them, else 0.</summary>
    private static double Similar(string x, string y, double threshold)
    {
        if (string.IsNullOrWhiteSpace(x) || string.IsNullOrWhiteSpace(y)) return 0;
        var s = TextDiff.Similarity(x, y);
        return s >= threshold ? s : 0;
    }

    /// <summary>
    /// The keys as DiffPlex's pieces. DiffPlex cuts each text it is given into pieces; handing it the
    /// keys as they are spares joining them into one text and cutting it again, two copies of a draft.
    /// </summary>
    private sealed class Chunked(IReadOnlyList<string> old, IReadOnlyList<string> @new) : IChunker
    {
        public const string Old = "old", New = "new";

        public IReadOnlyList<string> Chunk(string text) => ReferenceEquals(text, Old) ? old : @new;
    }
}
