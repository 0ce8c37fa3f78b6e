using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// Writes a plan into the current draft: unchanged paragraphs and tables stay exactly as the Word
/// writer made them; changed ones are rewritten token by token, kept text in its current format
/// (with the release's format as a format change where it differs), new text as insertions, the
/// release's text as deletions, moved paragraphs as moves, rows as inserted or deleted rows.
/// Accepting every change leaves the current draft; rejecting every change leaves the release.
/// </summary>
internal sealed class Emitter(RenderedDraft release, RenderedDraft current, RevisionMarks marks, RevisionDates dates, ReleaseImporter importer, ReviewerChanges reviewers)
{
    /// <summary>Bookmark names the current draft uses: the release's own go along with its deleted text only where they do not clash.</summary>
    private readonly HashSet<string> bookmarks = current.Body.Descendants<BookmarkStart>().Concat(current.Footnotes.Descendants<BookmarkStart>())
        .Select(b => b.Name?.Value ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);

    private readonly FormatComparison formats = new();

    public void Write(ContainerPlan plan, OpenXmlCompositeElement target)
    {
        if (!NeedsWriting(plan)) return;
        var outputs = new List<OpenXmlElement>();
        foreach (var group in plan.Groups)
        {
            switch (group)
            {
                case ParagraphGroup paragraphs:
                    outputs.AddRange(EmitParagraphs(paragraphs));
                    break;
                case TableGroup table:
                    outputs.Add(EmitTable(table));
                    break;
            }
        }
        KeepSectionBreaks(outputs);
        var children = target.ChildElements.ToList();
        var firstBlock = children.FindIndex(IsBlock);
        var lastBlock = children.FindLastIndex(IsBlock);
        var leading = firstBlock < 0 ? children : children.Take(firstBlock).ToList();
        var trailing = firstBlock < 0 ? [] : children.Skip(lastBlock + 1).Where(c => !IsBlock(c)).ToList();
        target.RemoveAllChildren();
        target.Append(leading);
        target.Append(outputs);
        // Word wants every cell and note to end with a paragraph.
        if (target is TableCell or Footnote && outputs.LastOrDefault() is not Paragraph) target.Append(new Paragraph());
        target.Append(trailing);
    }

    /// <summary>
    /// A section break rides on the mark of the section's last paragraph; were that mark inserted,
    /// rejecting it would take the break away. The paragraph before it carries the inserted mark
    /// instead: rejecting then joins its text to the (emptied) new paragraph, break and all.
    /// </summary>
    private static void KeepSectionBreaks(List<OpenXmlElement> outputs)
    {
        for (var i = 1; i < outputs.Count; i++)
        {
            if (outputs[i] is not Paragraph { ParagraphProperties: { SectionProperties: not null } pPr }
                || pPr.ParagraphMarkRunProperties?.GetFirstChild<Inserted>() is not { } inserted
                || outputs[i - 1] is not Paragraph previous
                || previous.ParagraphProperties?.ParagraphMarkRunProperties?.ChildElements.Any(c => c is Inserted or Deleted or MoveFrom or MoveTo) == true)
                continue;
            inserted.Remove();
            var before = previous.ParagraphProperties ??= new ParagraphProperties();
            (before.ParagraphMarkRunProperties ??= new ParagraphMarkRunProperties()).PrependChild(inserted);
        }
    }

    public static bool NeedsWriting(ContainerPlan plan) => plan.Groups.Any(g => g switch
    {
        ParagraphGroup p => p.NeedsWriting,
        TableGroup t => t.Changed || t.Rows.Any(r => r.Cells.Any(NeedsWriting)),
        _ => false,
    });

    private static bool IsBlock(OpenXmlElement e) => e is Paragraph or Table;

    private List<Paragraph> EmitParagraphs(ParagraphGroup group)
    {
        if (!group.NeedsWriting) return group.New.ToList();
        var date = dates.Of(group.New.Cast<OpenXmlElement>().Concat(group.Old), release, current);
        var moved = group.Move is not null;
        var file = group.New.Cast<OpenXmlElement>().Concat(group.Old)
            .Select(e => current.OriginOf(e) ?? release.OriginOf(e)).FirstOrDefault(o => o is { File.Length: > 0 })?.File;
        var origins = group.Old.Select(release.OriginOf).OfType<Provenance>().Where(o => o.File == file).ToList();
        var signed = reviewers.Of(group, file, origins.Count == 0 ? null : (origins.Min(o => o.Span.Line), origins.Max(o => o.Span.EndLine)), date);
        var starts = group.Anchors.ToLookup(a => a.First, a => a.Ids);
        var ends = group.Anchors.ToLookup(a => a.Last, a => a.Ids);
        var outputs = new List<Paragraph>();
        var content = new List<OpenXmlElement>();
        var released = new Dictionary<string, string>();
        content.AddRange(group.FrameStart.SelectMany(t => Runs(t, fromRelease: false, deleted: false)));
        // Where the deletions just before the current op began: text that replaced them takes its
        // bookmarks there, so that the bookmark of a renamed heading holds the old name once the
        // changes are rejected and the new one once they are accepted (a cross-reference shows it).
        var replacedFrom = -1;
        var stretch = new KeptText();
        for (var i = 0; i < group.Ops.Count; i++)
        {
            var op = group.Ops[i];
            var before = op.Old >= 0 ? group.OldTokens[op.Old] : null;
            var after = op.New >= 0 ? group.NewTokens[op.New] : null;
            if (op.Kind == OpKind.Delete && before!.Kind != TokenKind.Mark)
            {
                if (replacedFrom < 0) replacedFrom = content.Count;
            }
            else if (op.Kind != OpKind.Insert || after!.Kind == TokenKind.Mark) replacedFrom = -1;
            if (after is not null)
            {
                var at = replacedFrom >= 0 ? replacedFrom : content.Count;
                foreach (var marker in after.Before)
                {
                    marker.Remove();
                    content.Insert(at++, marker);
                }
                replacedFrom = -1;
            }
            else if (before is not null) content.AddRange(ReleaseBookmarks(before, released));
            foreach (var id in starts[i].SelectMany(ids => ids)) content.Add(new CommentRangeStart { Id = id });

            var token = after ?? before!;
            if (token.Kind == TokenKind.Mark)
            {
                Paragraph paragraph;
                if (after is not null)
                {
                    paragraph = after.Paragraph;
                    foreach (var child in paragraph.ChildElements.Where(c => c is not ParagraphProperties).ToList()) child.Remove();
                    if (op.Kind == OpKind.Insert) marks.Mark(paragraph, OpKind.Insert, moved, date);
                }
                else
                {
                    paragraph = importer.EmptyParagraph(before!.Paragraph);
                    marks.Mark(paragraph, OpKind.Delete, moved, date);
                }
                // A comment on an empty paragraph ends before its mark.
                EndComments(content, ends[i]);
                if (i == group.Ops.Count - 1) content.AddRange(group.FrameEnd.SelectMany(t => Runs(t, fromRelease: false, deleted: false)));
                paragraph.Append(content);
                content.Clear();
                outputs.Add(paragraph);
            }
            else
            {
                var kept = op.Kind == OpKind.Equal && token.Kind == TokenKind.Text && formats.Same(before!.Format, after!.Format);
                if (!kept || !stretch.Join(after!, content))
                {
                    var written = Token(op, before, after, signed.TryGetValue(i, out var signature) ? signature : new Signature(marks.Author, date), moved);
                    content.AddRange(written);
                    if (kept) stretch.Begin(after!, content[^1]);
                }
                EndComments(content, ends[i]);
            }
            if (group.Notes.TryGetValue(i, out var note) && current.Note(after?.NoteId) is { } newNote) Write(note, newNote);
        }
        stretch.End();
        // A bookmark of deleted text whose end stayed with kept text ends with the group.
        if (outputs.Count > 0)
            foreach (var id in released.Values.Where(id => !outputs.Any(o => o.Descendants<BookmarkEnd>().Any(e => e.Id?.Value == id))).ToList())
                outputs[^1].Append(new BookmarkEnd { Id = id });
        foreach (var paragraph in outputs) RunMerger.Merge(paragraph);
        if (group.Move is { } move && outputs.Count > 0)
        {
            var (start, end) = marks.MoveRange(move, date);
            var first = outputs[0];
            if (first.ParagraphProperties is { } pPr) pPr.InsertAfterSelf(start); else first.PrependChild(start);
            outputs[^1].Append(end);
        }
        return outputs;
    }

    /// <summary>
    /// Bookmarks standing in deleted text of the release, under new ids: rejecting the deletion
    /// brings back the caption or heading that cross-references point to.
    /// </summary>
    private IEnumerable<OpenXmlElement> ReleaseBookmarks(Token token, Dictionary<string, string> released)
    {
        foreach (var marker in token.Before)
        {
            switch (marker)
            {
                case BookmarkStart { Name.Value: { } name, Id.Value: { } id } when !bookmarks.Contains(name):
                    bookmarks.Add(name);
                    released[id] = marks.NextId();
                    yield return new BookmarkStart { Name = name, Id = released[id] };
                    break;
                case BookmarkEnd { Id.Value: { } end } when released.TryGetValue(end, out var mapped):
                    yield return new BookmarkEnd { Id = mapped };
                    break;
            }
        }
    }

    private static void EndComments(List<OpenXmlElement> content, IEnumerable<IReadOnlyList<string>> ending)
    {
        foreach (var id in ending.SelectMany(ids => ids))
        {
            content.Add(new CommentRangeEnd { Id = id });
            content.Add(new Run(new CommentReference { Id = id }));
        }
    }

    private IEnumerable<OpenXmlElement> Token(Op op, Token? before, Token? after, Signature signature, bool moved)
    {
        var date = signature.Date;
        switch (op.Kind)
        {
            case OpKind.Equal:
                var runs = Runs(after!, fromRelease: false, deleted: false);
                if (after!.Kind == TokenKind.Text && !formats.Same(before!.Format, after.Format))
                    marks.FormatChange(runs[0], before.Format, date);
                return Linked(after, runs, fromRelease: false);
            case OpKind.Insert:
                return Linked(after!, [marks.Wrap(OpKind.Insert, moved, signature, Runs(after!, fromRelease: false, deleted: false))], fromRelease: false);
            default:
                // Moved-from text is still text (w:t); only deleted text is w:delText.
                return Linked(before!, [marks.Wrap(OpKind.Delete, moved, signature, Runs(before!, fromRelease: true, deleted: !moved))], fromRelease: true);
        }
    }

    private List<Run> Runs(Token token, bool fromRelease, bool deleted)
    {
        List<Run> runs;
        if (token.Kind == TokenKind.Text)
        {
            var format = (RunProperties?)token.Format?.CloneNode(true);
            OpenXmlElement text = deleted
                ? new DeletedText(token.Text) { Space = SpaceProcessingModeValues.Preserve }
                : new Text(token.Text) { Space = SpaceProcessingModeValues.Preserve };
            runs = [format is null ? new Run(text) : new Run(format, text)];
        }
        else
        {
            runs = token.Runs.Select(r => (Run)r.CloneNode(true)).ToList();
            if (fromRelease) runs = runs.Select(importer.Adopt).ToList();
            if (deleted) foreach (var run in runs) Delete(run);
        }
        return runs;
    }

    /// <summary>Deleted runs hold their text as w:delText and field codes as w:delInstrText.</summary>
    private static void Delete(Run run)
    {
        foreach (var text in run.Elements<Text>().ToList())
        {
            text.InsertAfterSelf(new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve });
            text.Remove();
        }
        foreach (var code in run.Elements<FieldCode>().ToList())
        {
            code.InsertAfterSelf(new DeletedFieldCode(code.Text) { Space = SpaceProcessingModeValues.Preserve });
            code.Remove();
        }
    }

    private IEnumerable<OpenXmlElement> Linked(Token token, IEnumerable<OpenXmlElement> content, bool fromRelease)
    {
        if (token.Link is null) return content;
        var link = (Hyperlink)token.Link.CloneNode(false);
        if (fromRelease) importer.Adopt(link);
        link.Append(content);
        return [link];
    }

    private OpenXmlElement EmitTable(TableGroup group)
    {
        if (!group.Changed && !group.Rows.Any(r => r.Cells.Any(NeedsWriting))) return group.New!;
        var date = dates.Of(new OpenXmlElement?[] { group.New, group.Old }.OfType<OpenXmlElement>(), release, current);
        var table = group.New ?? importer.EmptyTable(group.Old!);
        var rows = new List<TableRow>();
        foreach (var plan in group.Rows)
        {
            TableRow row;
            if (plan.New is not null)
            {
                row = plan.New;
                if (plan.Old is null) marks.Row(row, OpKind.Insert, date);
            }
            else
            {
                row = importer.EmptyRow(plan.Old!);
                marks.Row(row, OpKind.Delete, date);
            }
            var cells = row.Elements<TableCell>().ToList();
            for (var c = 0; c < cells.Count && c < plan.Cells.Count; c++) Write(plan.Cells[c], cells[c]);
            rows.Add(row);
        }
        foreach (var old in table.Elements<TableRow>().ToList()) old.Remove();
        table.Append(rows);
        return table;
    }
}
