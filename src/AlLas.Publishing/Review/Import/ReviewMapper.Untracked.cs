namespace AlLas.Publishing.Review.Import;

/// <summary>Edits made with Track Changes off: words, paragraph splits and paragraph joins.</summary>
public sealed partial class ReviewMapper
{
    /// <summary>Stands for a whole field result while two paragraphs are compared.</summary>
    private const char FieldMark = '\uFFFC';

    /// <summary>Word differences between a paired paragraph and its release text, and the splits and joins found while pairing, in the order they come.</summary>
    private IEnumerable<UntrackedEdit> Untracked(string editor)
    {
        foreach (var part in logical.GroupBy(l => l.Part))
        {
            var targets = releaseParts.GetValueOrDefault(part.Key) ?? [];
            Logical? previous = null;
            var added = new List<Logical>();
            foreach (var paragraph in part)
            {
                if (paragraph.Target is null)
                {
                    if (paragraph.Text.Trim().Length > 0 && targets.Count > 0) added.Add(paragraph);
                    continue;
                }
                var removed = Enumerable.Range(previous?.Targets.Last + 1 ?? 0, Math.Max(0, paragraph.Targets.First - (previous?.Targets.Last + 1 ?? 0))).Select(t => targets[t]);
                foreach (var edit in Gap(editor, previous, added, removed, paragraph)) yield return edit;
                added.Clear();
                foreach (var edit in Untracked(editor, paragraph)) yield return edit;
                previous = paragraph;
            }
            var rest = Enumerable.Range(previous?.Targets.Last + 1 ?? 0, Math.Max(0, targets.Count - (previous?.Targets.Last + 1 ?? 0))).Select(t => targets[t]);
            foreach (var edit in Gap(editor, previous, added, rest, null)) yield return edit;
        }
    }

    /// <summary>The edits inside one paired paragraph: words, and the splits and joins found while pairing.</summary>
    private IEnumerable<UntrackedEdit> Untracked(string editor, Logical paragraph)
    {
        {
            var found = new List<(int At, UntrackedEdit Edit)>();
            var target = paragraph.Target!;
            var ours = paragraph.Text;
            foreach (var edit in Edits(paragraph))
            {
                var replaced = target.Text.Substring(edit.OldStart, edit.OldLength);
                var text = ours.Substring(edit.NewStart, edit.NewLength);
                // Spacing a word processor adjusts on saving is no reviewer's edit.
                if (string.IsNullOrWhiteSpace(replaced) && string.IsNullOrWhiteSpace(text)) continue;
                var location = DocxRange(paragraph, edit.NewStart, edit.NewStart + edit.NewLength);
                var revision = new ReviewRevision(RevisionKind.UntrackedEdit, editor, null, text, location);
                found.Add((edit.NewStart, new UntrackedEdit(revision, replaced, MapReleaseRange(target, edit))));
            }
            for (var i = 1; i < paragraph.Pieces.Count; i++)
            {
                if (!paragraph.Pieces[i].Untracked) continue;
                var before = paragraph.Pieces[i - 1];
                var location = new DocxLocation(paragraph.Part, before.Paragraph, before.Length, before.Paragraph, before.Length, ParagraphTextOf(paragraph, before.Paragraph));
                var revision = new ReviewRevision(RevisionKind.ParagraphInsert, editor, null, "", location);
                found.Add((paragraph.Pieces[i].Offset, new UntrackedEdit(revision, "", SplitAt(paragraph, paragraph.Pieces[i].Offset))));
            }
            if (target is JoinedTarget joined)
            {
                for (var i = 1; i < joined.Targets.Count; i++)
                {
                    var seam = OursAt(paragraph, joined.Offsets[i]);
                    var location = DocxRange(paragraph, seam, seam);
                    var revision = new ReviewRevision(RevisionKind.ParagraphDelete, editor, null, "", location);
                    found.Add((seam, new UntrackedEdit(revision, "", JoinOf(joined.Targets[i - 1], joined.Targets[i]))));
                }
            }
            foreach (var (_, edit) in found.OrderBy(f => f.At)) yield return edit;
        }
    }

    private DocxLocation DocxRange(Logical paragraph, int start, int end)
    {
        var (docxParagraph, docxOffset) = ToDocx(paragraph, start);
        var (endParagraph, endOffset) = ToDocx(paragraph, end);
        return new DocxLocation(paragraph.Part, docxParagraph, docxOffset, endParagraph, endOffset, ParagraphTextOf(paragraph, docxParagraph));
    }

    /// <summary>The offset of the reviewer's paragraph that pairs with release offset <paramref name="index"/> (or the first after it).</summary>
    private static int OursAt(Logical paragraph, int index)
    {
        for (var k = 0; k < paragraph.ToTarget.Length; k++)
            if (paragraph.ToTarget[k] >= index) return k;
        return paragraph.Text.Length;
    }

    /// <summary>
    /// The word differences of a paired paragraph. Word processors compute fields again when they
    /// open or save a file (cross-references, caption numbers) and may write them otherwise:
    /// LibreOffice turns "A" into "Anexo A". Where both files tell which text is a field result,
    /// each result counts as one mark on both sides, so that the reviewer's words right beside it
    /// still count; where they do not, differences confined to computed text are left out.
    /// </summary>
    private IEnumerable<TextEdit> Edits(Logical paragraph)
    {
        var target = paragraph.Target!;
        var ours = paragraph.Text;
        var releaseFields = ReleaseFields(target);
        var returnedFields = ReturnedFields(paragraph);
        if (releaseFields is null || returnedFields is null)
        {
            foreach (var edit in TextDiff.Words(target.Text, ours))
                if (!InComputedText(target, edit)) yield return edit;
            yield break;
        }
        // Masked alike, the same text with its fields in the same places has no difference: nearly every paragraph.
        if (ours == target.Text && releaseFields.SequenceEqual(returnedFields)) yield break;
        var (oldMasked, oldAt) = Mask(target.Text, releaseFields);
        var (newMasked, newAt) = Mask(ours, returnedFields);
        foreach (var e in TextDiff.Words(oldMasked, newMasked))
        {
            var edit = new TextEdit(oldAt[e.OldStart], oldAt[e.OldStart + e.OldLength] - oldAt[e.OldStart],
                newAt[e.NewStart], newAt[e.NewStart + e.NewLength] - newAt[e.NewStart]);
            // A field whose result the reviewer's word processor wrote otherwise, and nothing more.
            if (edit.OldLength == edit.NewLength && string.CompareOrdinal(target.Text, edit.OldStart, ours, edit.NewStart, edit.OldLength) == 0) continue;
            if (Unsourced(target, edit)) continue;
            yield return edit;
        }
    }

    /// <summary>The text with each field result as one <see cref="FieldMark"/>, and for each masked offset (and the end) the offset it stands for.</summary>
    private static (string Text, int[] At) Mask(string text, IReadOnlyList<FieldResult> fields)
    {
        var masked = new System.Text.StringBuilder(text.Length);
        var at = new List<int>(text.Length + 1);
        var f = 0;
        for (var k = 0; k < text.Length;)
        {
            while (f < fields.Count && fields[f].Start + fields[f].Length <= k) f++;
            if (f < fields.Count && fields[f].Start == k && fields[f].Length > 0)
            {
                at.Add(k);
                masked.Append(FieldMark);
                k += fields[f].Length;
                continue;
            }
            at.Add(k);
            masked.Append(text[k]);
            k++;
        }
        at.Add(text.Length);
        return (masked.ToString(), [.. at]);
    }

    /// <summary>The field results of a release paragraph, when its own Word file was read; null when unknown.</summary>
    private static IReadOnlyList<FieldResult>? ReleaseFields(TextTarget target) => target.FieldResults;

    /// <summary>The field results of a reviewer's paragraph (all its pieces), when its file was read; null when unknown.</summary>
    private IReadOnlyList<FieldResult>? ReturnedFields(Logical paragraph)
    {
        var all = new List<FieldResult>();
        foreach (var piece in paragraph.Pieces)
        {
            if (!paragraphs.TryGetValue((paragraph.Part, piece.Paragraph), out var docx)) return null;
            if (returned.Of(paragraph.Part, piece.Paragraph, docx.OriginalText) is not { } details) return null;
            all.AddRange(details.Fields.Select(f => f with { Start = f.Start + piece.Offset }));
        }
        return all;
    }

    /// <summary>
    /// Without field results to go by: a difference confined to computed text (a reference, a caption
    /// number), or touching it without replacing anything else, is the word processor's, not the reviewer's.
    /// </summary>
    private static bool InComputedText(TextTarget target, TextEdit edit)
    {
        static bool Computed(TextTarget t, int k) => k >= 0 && k < t.Text.Length && (t.At(k) is not { } c || c.Computed);
        if (edit.OldLength > 0)
            return Enumerable.Range(edit.OldStart, edit.OldLength).All(k => Computed(target, k) || char.IsWhiteSpace(target.Text[k]));
        return Computed(target, edit.OldStart - 1) || Computed(target, edit.OldStart);
    }

    /// <summary>
    /// A difference in text that no source writes (the table of contents, which word processors
    /// rebuild on their own): nothing of the reviewer's to take back.
    /// </summary>
    private static bool Unsourced(TextTarget target, TextEdit edit)
    {
        bool None(int k) => k < 0 || k >= target.Text.Length || target.At(k) is null;
        if (edit.OldLength > 0)
            return Enumerable.Range(edit.OldStart, edit.OldLength).All(k => None(k) || char.IsWhiteSpace(target.Text[k]));
        return None(edit.OldStart - 1) && None(edit.OldStart);
    }

    private static ItemMapping MapReleaseRange(TextTarget target, TextEdit edit)
    {
        if (edit.OldLength == 0)
        {
            var point = PointAt(target, edit.OldStart);
            if (point is null) return ItemMapping.None(NoSource);
            return InsideGenerated(target, edit.OldStart) || !point.IsPoint ? ItemMapping.To(point) with { Manual = InsideGeneratedText } : ItemMapping.To(point);
        }
        var chars = Enumerable.Range(edit.OldStart, edit.OldLength).Select(target.At).OfType<SourceChar>().ToList();
        if (chars.Count == 0) return ItemMapping.None(NoSource);
        var spans = chars.GroupBy(c => c.Source.File)
            .Select(g => Located(g.First().Source, g.Min(c => c.Start), Math.Max(g.Min(c => c.Start), g.Max(c => c.End))))
            .ToList();
        var mapping = ItemMapping.To(spans[0]) with { Continues = spans.Skip(1).ToList() };
        if (mapping.Continues.Count > 0) return mapping with { Manual = AcrossFiles };
        if (CutsGenerated(target, edit.OldStart, edit.OldStart + edit.OldLength)) return mapping with { Manual = CutGeneratedText };
        return mapping;
    }
}
