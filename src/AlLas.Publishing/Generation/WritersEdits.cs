namespace AlLas.Publishing.Generation;

/// <summary>
/// The writers' work between two releases: a given share of the prose paragraphs of a generated
/// document changed in place (a sentence rewritten, added or dropped), the same for the same seed. The
/// sources of a redline measurement.
/// </summary>
public static class WritersEdits
{
    public static int Apply(GeneratedPublication publication, double share, int seed)
    {
        var random = new Random(seed);
        var prose = new SpanishProse(random);
        var changed = 0;
        foreach (var file in Directory.GetFiles(publication.DocumentFolder, "*.md").OrderBy(f => f, StringComparer.Ordinal))
        {
            var lines = File.ReadAllText(file).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (!IsProse(lines[i]) || random.NextDouble() >= share) continue;
                var sentences = lines[i].Split(". ").ToList();
                var at = random.Next(sentences.Count);
                switch (random.Next(3))
                {
                    case 0:
                        sentences[at] = prose.SentenceBody() + (at == sentences.Count - 1 ? "." : "");
                        break;
                    case 1:
                        sentences.Insert(at, prose.SentenceBody());
                        break;
                    default:
                        if (sentences.Count > 1) sentences.RemoveAt(Math.Min(at, sentences.Count - 2));
                        else sentences[at] = prose.SentenceBody() + ".";
                        break;
                }
                lines[i] = string.Join(". ", sentences);
                changed++;
            }
            File.WriteAllText(file, string.Join('\n', lines));
        }
        return changed;
    }

    /// <summary>A paragraph of running text: not a heading, list, table, caption, figure, note or template tag.</summary>
    private static bool IsProse(string line) =>
        line.Length > 80 && char.IsUpper(line[0]) && !line.StartsWith("Tabla:", StringComparison.Ordinal)
        && !line.Contains("{{", StringComparison.Ordinal);
}
