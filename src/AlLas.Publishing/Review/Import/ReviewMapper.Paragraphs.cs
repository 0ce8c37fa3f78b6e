namespace AlLas.Publishing.Review.Import;

/// <summary>Whole paragraphs a reviewer typed or removed with Track Changes off.</summary>
public sealed partial class ReviewMapper
{
    public const string Rewritten = "el revisor reescribió o movió párrafos enteros sin control de cambios: compare el párrafo nuevo con el que falta y decida a mano";
    public const string TemplateText = "el párrafo lo escribe una plantilla o un dato: cámbielo en su origen a mano";

    /// <summary>
    /// Between two paired paragraphs: the reviewer's paragraphs that pair with nothing are new ones,
    /// the release's that pair with nothing are gone. Where both happen in the same place, a paragraph
    /// may have been rewritten beyond recognition or moved: both are left to the writers.
    /// </summary>
    private IEnumerable<UntrackedEdit> Gap(string editor, Logical? before, IReadOnlyList<Logical> added, IEnumerable<TextTarget> removed, Logical? after)
    {
        var gone = removed.Where(t => t.Text.Trim().Length > 0 && Enumerable.Range(0, t.Text.Length).Any(k => t.At(k) is not null)).ToList();
        var both = added.Count > 0 && gone.Count > 0;
        foreach (var target in gone)
        {
            var location = before is null
                ? new DocxLocation(target.Part, 0, 0, 0, 0, "")
                : DocxRange(before, before.Text.Length, before.Text.Length);
            var mapping = Removed(target);
            if (both && mapping.Source is not null) mapping = mapping with { Manual = Rewritten };
            yield return new UntrackedEdit(new ReviewRevision(RevisionKind.UntrackedEdit, editor, null, "", location), target.Text, mapping);
        }
        var previous = before?.Target;
        foreach (var paragraph in added)
        {
            var location = DocxRange(paragraph, 0, paragraph.Text.Length);
            var mapping = AddedAfter(previous);
            if (both && mapping.Source is not null) mapping = mapping with { Manual = Rewritten };
            yield return new UntrackedEdit(new ReviewRevision(RevisionKind.UntrackedEdit, editor, null, "\n\n" + paragraph.Text.Trim(), location), "", mapping);
        }
    }

    /// <summary>A new paragraph after a release paragraph: the point at the end of that paragraph's source, before the blank line.</summary>
    private static ItemMapping AddedAfter(TextTarget? previous)
    {
        var index = previous is null ? -1 : Enumerable.Range(0, previous.Text.Length).Reverse().FirstOrDefault(k => previous.At(k) is not null, -1);
        if (index < 0 || previous!.At(index) is not { } c)
            return ItemMapping.None(NoParagraph) with { Manual = "no se encuentra en las fuentes el párrafo al que sigue el nuevo: añádalo a mano" };
        var text = c.Source.Text;
        var end = text.IndexOf("\n\n", c.End + 1, StringComparison.Ordinal);
        if (end < 0) end = text.TrimEnd('\n', ' ').Length;
        var mapping = ItemMapping.To(Located(c.Source, end, end - 1));
        if (!c.Verbatim && !IsInline(c)) return mapping with { Manual = TemplateText };
        return KindAt(previous, index) switch
        {
            BlockKind.Heading or BlockKind.FigureCaption => mapping,
            _ when BlockProblem(previous, index, "el párrafo nuevo") is { } problem => mapping with { Manual = problem.Replace(" cae en ", " sigue a ", StringComparison.Ordinal) },
            _ => mapping,
        };
    }

    /// <summary>A release paragraph the reviewer removed: its whole lines in the source, with the blank line after them.</summary>
    private static ItemMapping Removed(TextTarget target)
    {
        var chars = Enumerable.Range(0, target.Text.Length).Select(target.At).OfType<SourceChar>().ToList();
        var first = chars[0];
        var start = chars.Min(c => c.Start);
        var last = chars.Max(c => c.End);
        var span = Located(first.Source, start, last);
        if (chars.Any(c => c.Source.File != first.Source.File)) return ItemMapping.To(span) with { Manual = AcrossFiles };
        if (chars.Any(c => !c.Verbatim && !IsInline(c))) return ItemMapping.To(span) with { Manual = TemplateText };
        if (KindAt(target, 0) is not BlockKind.Heading && BlockProblem(target, 0, "el párrafo eliminado") is { } problem)
            return ItemMapping.To(span) with { Manual = problem.Replace(" cae en ", " es ", StringComparison.Ordinal) };
        var text = first.Source.Text;
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', last + 1);
        if (lineEnd < 0) lineEnd = text.Length;
        var prefix = text[lineStart..start];
        var suffix = text[(last + 1)..lineEnd];
        // Heading marks and attributes, a closing bracket or emphasis: nothing else shares the paragraph's lines.
        if (prefix.TrimStart('#', ' ', '*', '_', '[').Length > 0 || System.Text.RegularExpressions.Regex.Replace(suffix, @"\{[^}]*\}", "").Trim(' ', ']', ')', '*', '_').Length > 0)
            return ItemMapping.To(span) with { Manual = "el párrafo eliminado comparte líneas con otro texto en la fuente: decida a mano" };
        var end = lineEnd < text.Length ? lineEnd + 1 : lineEnd;
        if (end < text.Length && text[end] == '\n') end++;
        return ItemMapping.To(Located(first.Source, lineStart, end - 1));
    }
}
