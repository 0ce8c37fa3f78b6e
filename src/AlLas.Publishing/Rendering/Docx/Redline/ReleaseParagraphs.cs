using AlLas.Publishing.Review.Import;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// The release's paragraphs as comments look for them: each with the source block it was rendered
/// from and its text, in the order of the release, gathered once and grouped by source file, so that
/// placing a round's comments costs a look at one file's paragraphs per comment, not the whole draft.
/// </summary>
internal sealed class ReleaseParagraphs
{
    private readonly List<Candidate> all = [];
    private readonly Dictionary<string, List<Candidate>> byFile = new(StringComparer.Ordinal);

    public ReleaseParagraphs(Planner planner)
    {
        foreach (var (paragraph, (group, first, last)) in planner.Released)
        {
            var candidate = new Candidate(paragraph, planner.Release.OriginOf(paragraph), group.OldTokens, first, last);
            all.Add(candidate);
            if (candidate.Origin is not { } origin) continue;
            if (!byFile.TryGetValue(origin.File, out var list)) byFile[origin.File] = list = [];
            list.Add(candidate);
        }
    }

    /// <summary>The release paragraph rendered from where the comment was: the block whose source holds its start, preferring one that shows its quote.</summary>
    public Paragraph? Of(RegisterItem comment)
    {
        if (comment.Source is { } source && byFile.TryGetValue(source.File, out var inFile))
        {
            Candidate? best = null;
            var bestQuoted = false;
            foreach (var c in inFile)
            {
                var span = c.Origin!.Span;
                if (span.Line > source.Line || source.Line > span.EndLine) continue;
                var quoted = comment.Quote.Length > 0 && c.Text.Contains(comment.Quote, StringComparison.Ordinal);
                // The first of those showing the quote, else of all; among them the narrowest block.
                if (best is null || (quoted && !bestQuoted)
                    || (quoted == bestQuoted && Lines(c) < Lines(best)))
                {
                    best = c;
                    bestQuoted = quoted;
                }
            }
            if (best is not null) return best.Paragraph;
        }
        if (comment.Quote.Length > 0)
            return all.FirstOrDefault(c => c.Text.Contains(comment.Quote, StringComparison.Ordinal))?.Paragraph;
        return null;
    }

    /// <summary>The release paragraphs that follow one, in the order the planner met them (a note's own paragraphs among them).</summary>
    public IEnumerable<Paragraph> After(Paragraph paragraph)
    {
        index ??= all.Select((c, i) => (c.Paragraph, i)).ToDictionary(x => x.Paragraph, x => x.i, (IEqualityComparer<Paragraph>)ReferenceEqualityComparer.Instance);
        if (!index.TryGetValue(paragraph, out var at)) return [];
        return all.Skip(at + 1).Select(c => c.Paragraph);
    }

    private Dictionary<Paragraph, int>? index;

    private static int Lines(Candidate c) => c.Origin!.Span.EndLine - c.Origin.Span.Line;

    private sealed class Candidate(Paragraph paragraph, Provenance? origin, List<Token> tokens, int first, int last)
    {
        private string? text;

        public Paragraph Paragraph => paragraph;

        public Provenance? Origin => origin;

        /// <summary>What the paragraph reads, without its mark.</summary>
        public string Text => text ??= string.Concat(tokens.Skip(first).Take(last - first).Select(t => t.Text));
    }
}
