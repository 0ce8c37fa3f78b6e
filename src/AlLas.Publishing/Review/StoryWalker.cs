namespace AlLas.Publishing.Review;

/// <summary>
/// Reads one story part (document, header, footer, footnotes, endnotes) in document order: the
/// paragraphs with their original and shown text, every revision mark with the text it carries,
/// and where each comment range starts and ends. Marks kept in properties (w:pPr, w:trPr, w:tcPr...)
/// are read by the element that owns them, so that each mark is reported once, over the text it owns.
/// </summary>
internal sealed class StoryWalker
{
    private static readonly HashSet<string> PropertyElements =
        ["pPr", "rPr", "trPr", "tcPr", "tblPr", "tblGrid", "tblPrEx", "sdtPr", "sdtEndPr"];

    private readonly string part;
    private readonly IDictionary<string, CommentAnchor> anchors;
    private readonly List<StoryParagraph> paragraphs = [];
    private readonly Stack<StoryParagraph> open = new();
    private readonly Stack<List<RevisionDraft>> containers = new();
    private readonly List<TextSink> sinks = [];
    private readonly List<RevisionDraft> drafts = [];
    private StoryParagraph? lastClosed;
    private string?[]? originals;

    public StoryWalker(string part, IDictionary<string, CommentAnchor> anchors)
    {
        this.part = part;
        this.anchors = anchors;
        containers.Push([]);
    }

    /// <summary>
    /// Reads the next element of the part, in document order: the part's root, or one after the other
    /// the elements directly in it (for a part read block by block, <see cref="WordElement.Stream"/>).
    /// </summary>
    public void Visit(WordElement e)
    {
        if (e.IsFallback()) return;
        if (!e.IsW())
        {
            VisitChildren(e);
            return;
        }
        Element(e);
    }

    /// <summary>Once the whole part is read: the revisions in it; its paragraphs go to <paramref name="paragraphs"/>.</summary>
    public IReadOnlyList<ReviewRevision> Finish(List<DocxParagraph>? paragraphs)
    {
        var revisions = Finish();
        paragraphs?.AddRange(this.paragraphs.Select(p => new DocxParagraph(part, p.Index, OriginalText(p.Index), ShownText(p))));
        return revisions;
    }

    /// <summary>A paragraph's text with its revisions accepted: for one without any, nearly all, its original text itself, not a copy.</summary>
    private string ShownText(StoryParagraph paragraph)
    {
        var original = OriginalText(paragraph.Index);
        return paragraph.Shown.Equals(original.AsSpan()) ? original : paragraph.Shown.ToString();
    }

    private void Element(WordElement e)
    {
        switch (e.LocalName)
        {
            case "p": Paragraph(e); break;
            case "r": Run(e); break;
            case "ins": Container(e, RevisionKind.Insert); break;
            case "del": Container(e, RevisionKind.Delete); break;
            case "moveFrom": Container(e, RevisionKind.MoveFrom); break;
            case "moveTo": Container(e, RevisionKind.MoveTo); break;
            case "tbl": Owner(e, ("tblPr", "tblPrChange", RevisionKind.Format), ("tblGrid", "tblGridChange", RevisionKind.Format)); break;
            case "tr":
                Owner(e, ("trPr", "ins", RevisionKind.RowInsert), ("trPr", "del", RevisionKind.RowDelete),
                    ("trPr", "trPrChange", RevisionKind.Format), ("tblPrEx", "tblPrExChange", RevisionKind.Format));
                break;
            case "tc":
                Owner(e, ("tcPr", "cellIns", RevisionKind.CellInsert), ("tcPr", "cellDel", RevisionKind.CellDelete),
                    ("tcPr", "cellMerge", RevisionKind.Format), ("tcPr", "tcPrChange", RevisionKind.Format));
                break;
            case "sectPr": SectionMark(e); break;
            case "t" or "delText": Append(e.InnerText); break;
            case "tab" or "ptab": Append("\t"); break;
            case "br" or "cr": Append("\n"); break;
            case "noBreakHyphen": Append("\u2011"); break;
            case "commentRangeStart": RangeStart(e); break;
            case "commentRangeEnd": RangeEnd(e); break;
            case "commentReference": Reference(e); break;
            // Field codes are not text a reader sees; the field's result runs are.
            case "instrText" or "delInstrText": break;
            default:
                if (!PropertyElements.Contains(e.LocalName)) VisitChildren(e);
                break;
        }
    }

    private void VisitChildren(WordElement e)
    {
        foreach (var child in e.ChildElements) Visit(child);
    }

    private void Paragraph(WordElement p)
    {
        var paragraph = new StoryParagraph(paragraphs.Count);
        paragraphs.Add(paragraph);
        open.Push(paragraph);
        containers.Push([]);

        var pPr = p.ChildW("pPr");
        var scoped = new List<RevisionDraft>();
        var marks = new List<(WordElement Mark, RevisionKind Kind)>();
        if (pPr is not null)
        {
            if (pPr.ChildW("pPrChange") is { } pPrChange) scoped.Add(OpenScoped(pPrChange, RevisionKind.ParagraphFormat));
            // Numbering added to a paragraph is recorded as w:ins inside w:numPr: a paragraph property change.
            if (pPr.ChildW("numPr")?.ChildW("ins") is { } numbering) scoped.Add(OpenScoped(numbering, RevisionKind.ParagraphFormat));
            if (pPr.ChildW("sectPr")?.ChildW("sectPrChange") is { } section) scoped.Add(OpenScoped(section, RevisionKind.Format));
            if (pPr.ChildW("rPr") is { } markProperties)
            {
                foreach (var mark in markProperties.ChildElements.Where(c => c.IsW()))
                {
                    RevisionKind? kind = mark.LocalName switch
                    {
                        "ins" => RevisionKind.ParagraphInsert,
                        "del" => RevisionKind.ParagraphDelete,
                        "moveFrom" => RevisionKind.MoveFrom,
                        "moveTo" => RevisionKind.MoveTo,
                        "rPrChange" => RevisionKind.Format,
                        _ => null,
                    };
                    if (kind is { } k) marks.Add((mark, k));
                }
            }
        }

        VisitChildren(p);

        foreach (var draft in scoped) CloseScoped(draft);
        // A paragraph mark's revision sits at the end of its paragraph and carries no text.
        foreach (var (mark, kind) in marks)
        {
            var end = new StoryPosition(paragraph.Index, -1, -1);
            drafts.Add(new RevisionDraft(kind, Author(mark), Date(mark), end));
        }
        foreach (var sink in sinks)
            if (sink.Text.Length > 0 && sink.Text[^1] != '\n') sink.Text.Append('\n');

        containers.Pop();
        open.Pop();
        lastClosed = paragraph;
    }

    private void Run(WordElement r)
    {
        var change = r.ChildW("rPr")?.ChildW("rPrChange");
        var draft = change is null ? null : OpenScoped(change, RevisionKind.Format);
        VisitChildren(r);
        if (draft is not null) CloseScoped(draft);
    }

    private void Container(WordElement e, RevisionKind kind)
    {
        var draft = new RevisionDraft(kind, Author(e), Date(e), Here(atEnd: false));
        drafts.Add(draft);
        containers.Peek().Add(draft);
        VisitChildren(e);
        containers.Peek().Remove(draft);
        draft.End = Here(atEnd: true);
    }

    /// <summary>A table, row or cell whose properties hold revision marks: each mark covers the element's whole text.</summary>
    private void Owner(WordElement e, params (string Properties, string Mark, RevisionKind Kind)[] rules)
    {
        var scoped = new List<RevisionDraft>();
        foreach (var (properties, markName, kind) in rules)
            if (e.ChildW(properties)?.ChildW(markName) is { } mark) scoped.Add(OpenScoped(mark, kind));
        VisitChildren(e);
        foreach (var draft in scoped) CloseScoped(draft);
    }

    private void SectionMark(WordElement sectPr)
    {
        if (sectPr.ChildW("sectPrChange") is not { } change) return;
        var here = Here(atEnd: true);
        drafts.Add(new RevisionDraft(RevisionKind.Format, Author(change), Date(change), here));
    }

    private RevisionDraft OpenScoped(WordElement mark, RevisionKind kind)
    {
        var draft = new RevisionDraft(kind, Author(mark), Date(mark), Here(atEnd: false));
        drafts.Add(draft);
        sinks.Add(draft);
        return draft;
    }

    private void CloseScoped(RevisionDraft draft)
    {
        sinks.Remove(draft);
        draft.End = Here(atEnd: true);
    }

    private void RangeStart(WordElement e)
    {
        if (e.WAttr("id") is not { } id || anchors.ContainsKey(id)) return;
        var anchor = new CommentAnchor(part, Here(atEnd: false), ranged: true);
        anchors[id] = anchor;
        sinks.Add(anchor);
    }

    private void RangeEnd(WordElement e)
    {
        if (e.WAttr("id") is { } id && anchors.TryGetValue(id, out var anchor) && anchor.Part == part) Close(anchor);
    }

    private void Reference(WordElement e)
    {
        if (e.WAttr("id") is not { } id) return;
        if (!anchors.TryGetValue(id, out var anchor))
        {
            // A comment on a point: Google Docs and LibreOffice may write only the reference.
            anchors[id] = new CommentAnchor(part, Here(atEnd: false), ranged: false) { Closed = true };
            return;
        }
        // Some producers omit the range end; the reference then closes the range.
        if (anchor.Part == part) Close(anchor);
    }

    private void Close(CommentAnchor anchor)
    {
        if (anchor.Closed) return;
        anchor.End = Here(atEnd: true);
        anchor.Closed = true;
        sinks.Remove(anchor);
    }

    private void Append(string s)
    {
        if (!open.TryPeek(out var paragraph) || s.Length == 0) return;
        paragraph.Shown.Append(s);
        var active = containers.Peek();
        var inserted = false;
        RevisionDraft? removal = null;
        foreach (var c in active)
        {
            if (c.Kind is RevisionKind.Insert or RevisionKind.MoveTo) inserted = true;
            else if (c.Kind is RevisionKind.Delete or RevisionKind.MoveFrom) removal = c;
        }
        if (!inserted) paragraph.Original.Append(s);
        // Text both inserted and deleted (or moved away) belongs to the removal: it is not there once all is accepted.
        var owner = removal ?? (active.Count > 0 ? active[^1] : null);
        owner?.Text.Append(s);
        foreach (var sink in sinks) sink.Text.Append(s);
    }

    private StoryPosition Here(bool atEnd)
    {
        if (open.TryPeek(out var p)) return new StoryPosition(p.Index, p.Original.Length, p.Shown.Length);
        if (atEnd && lastClosed is not null) return new StoryPosition(lastClosed.Index, -1, -1);
        return new StoryPosition(paragraphs.Count, 0, 0);
    }

    private IReadOnlyList<ReviewRevision> Finish()
    {
        foreach (var anchor in anchors.Values.Where(a => a.Part == part && !a.Closed)) Close(anchor);
        foreach (var anchor in anchors.Values.Where(a => a.Part == part && a.Location is null))
        {
            var (start, end) = (Resolve(anchor.Start), Resolve(anchor.End));
            anchor.Location = Locate(start, end);
            anchor.RangeKey = (part, start.Paragraph, start.Shown, end.Paragraph, end.Shown);
        }
        return drafts
            .Select(d => new ReviewRevision(d.Kind, d.Author, d.Date, d.Collected(), Locate(Resolve(d.Start), Resolve(d.End))))
            .ToList();
    }

    /// <summary>Turns "next paragraph" and "end of paragraph" placeholders into real offsets.</summary>
    private StoryPosition Resolve(StoryPosition position)
    {
        if (paragraphs.Count == 0) return new StoryPosition(0, 0, 0);
        if (position.Paragraph >= paragraphs.Count) position = new StoryPosition(paragraphs.Count - 1, -1, -1);
        var p = paragraphs[position.Paragraph];
        return position.Original < 0 ? new StoryPosition(p.Index, p.Original.Length, p.Shown.Length) : position;
    }

    private DocxLocation Locate(StoryPosition start, StoryPosition end)
    {
        var text = paragraphs.Count == 0 ? "" : OriginalText(start.Paragraph);
        return new DocxLocation(part, start.Paragraph, start.Original, end.Paragraph, end.Original, text);
    }

    /// <summary>A finished paragraph's original text, made once: every item located in it carries it.</summary>
    private string OriginalText(int paragraph) =>
        (originals ??= new string?[paragraphs.Count])[paragraph] ??= paragraphs[paragraph].Original.ToString();

    private static string Author(WordElement mark) => mark.WAttr("author") ?? "";

    private static DateTimeOffset? Date(WordElement mark) =>
        WordNames.ParseDate(mark.Attr("dateUtc", WordNames.W16Du)) ?? WordNames.ParseDate(mark.WAttr("date"));
}
