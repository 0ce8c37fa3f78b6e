using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Markdown;

/// <summary>
/// References to several numbered items of one kind, written one after the other ("@sec-a, @sec-b y
/// @sec-c"), read the Spanish way: the noun once, in the plural ("capítulos 2, 3 y 4"). Three or more
/// figures or tables numbered in a row read as a range ("figuras 1 a 3"); chapters, sections and
/// annexes keep each number, as each names a part the reader may look for.
/// </summary>
public static class CrossReferenceGroups
{
    public static void Apply(IEnumerable<CrossReferenceInline> references)
    {
        var done = new HashSet<CrossReferenceInline>(ReferenceEqualityComparer.Instance);
        foreach (var reference in references)
        {
            if (done.Contains(reference) || reference.Target is not { Number: not null }) continue;
            var (run, separators) = RunFrom(reference);
            foreach (var r in run) done.Add(r);
            if (run.Count < 2) continue;
            run[0].Form = CrossReferenceForm.Plural;
            foreach (var r in run.Skip(1)) r.Form = CrossReferenceForm.NumberOnly;
            if (run[0].Target!.Kind is LabelKind.Figure or LabelKind.Table && run.Count >= 3 && Consecutive(run))
            {
                foreach (var r in run.Skip(1).SkipLast(1)) r.Form = CrossReferenceForm.Hidden;
                foreach (var s in separators.SkipLast(1)) s.Content = new Markdig.Helpers.StringSlice("");
                separators[^1].Content = new Markdig.Helpers.StringSlice(" a ");
            }
        }
    }

    /// <summary>The references of one kind from <paramref name="first"/> on, joined by ", " and a last " y ".</summary>
    private static (List<CrossReferenceInline> Run, List<LiteralInline> Separators) RunFrom(CrossReferenceInline first)
    {
        var run = new List<CrossReferenceInline> { first };
        var separators = new List<LiteralInline>();
        var at = first;
        while (at.NextSibling is LiteralInline separator && at.NextSibling.NextSibling is CrossReferenceInline next
               && next.Target is { Number: not null } target && target.Kind == first.Target!.Kind)
        {
            var text = separator.Content.ToString();
            if (text is not (", " or " y " or " e ")) break;
            run.Add(next);
            separators.Add(separator);
            at = next;
            if (text is not ", ") break;
        }
        return (run, separators);
    }

    private static bool Consecutive(List<CrossReferenceInline> run)
    {
        for (var i = 1; i < run.Count; i++)
        {
            if (!int.TryParse(run[i - 1].Target!.Number, out var a) || !int.TryParse(run[i].Target!.Number, out var b) || b != a + 1) return false;
        }
        return true;
    }
}
