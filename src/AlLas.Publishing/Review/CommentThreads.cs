using DocumentFormat.OpenXml.Packaging;

namespace AlLas.Publishing.Review;

/// <summary>A w:comment as read from comments.xml, before threads are known.</summary>
internal sealed record RawComment(int Order, string Id, string Author, string? Initials, DateTimeOffset? Date, string? ParaId, string Text);

/// <summary>What the thread parts say about one comment.</summary>
internal sealed record ThreadInfo(string? Parent, bool Resolved, DateTimeOffset? DateUtc, string? AuthorId);

/// <summary>
/// Reply threads and resolved state. Word (2013 on) keeps them in commentsExtended.xml, keyed by the
/// w14:paraId of each comment's last paragraph (w15:paraIdParent names the parent's, w15:done marks it
/// resolved); Word 365 adds commentsIds.xml and commentsExtensible.xml (durable ids, true UTC dates)
/// and people.xml (the reviewer's account). Google Docs writes none of these: a reply is a separate
/// comment on the same range, written after the comment it answers.
/// </summary>
internal static class CommentThreads
{
    /// <summary>Replies to replies deeper than this are refused: Word answers a thread at one level, and readers of a thread walk it.</summary>
    public const int MaxReplyDepth = 100;

    public static IReadOnlyDictionary<string, ThreadInfo> Read(
        string path, WordprocessingDocument document, IReadOnlyList<RawComment> comments, IReadOnlyDictionary<string, CommentAnchor> anchors)
    {
        var main = document.MainDocumentPart!;
        var extended = Root(main.WordprocessingCommentsExPart, "commentsEx", WordNames.W15);
        var byParaId = comments.Where(c => c.ParaId is not null)
            .GroupBy(c => c.ParaId!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        var parents = new Dictionary<string, string>();
        var resolved = new HashSet<string>();
        if (extended is not null)
        {
            foreach (var entry in extended.ChildElements.Where(e => e.LocalName == "commentEx"))
            {
                if (entry.Attr("paraId", WordNames.W15) is not { } paraId || !byParaId.TryGetValue(paraId, out var comment)) continue;
                if (entry.Attr("paraIdParent", WordNames.W15) is { } parentParaId && byParaId.TryGetValue(parentParaId, out var parent))
                    parents[comment.Id] = parent.Id;
                if (entry.Attr("done", WordNames.W15) is { } done && WordNames.IsOn(done)) resolved.Add(comment.Id);
            }
        }
        else if (!ThreadsInItsOwnParts(document))
        {
            foreach (var (reply, parent) in SameRangeReplies(comments, anchors)) parents[reply] = parent;
        }

        if (ChainProblem(parents) is { } problem)
        {
            var part = main.WordprocessingCommentsExPart?.Uri.OriginalString.TrimStart('/') ?? "word/comments.xml";
            throw new SourceException($"{path}:{part}", "AL0412", $"{Path.GetFileName(path)}: la parte {part} {problem}; no se lee");
        }

        var datesUtc = UtcDates(main, byParaId);
        var accounts = Accounts(main);
        return comments.DistinctBy(c => c.Id).ToDictionary(
            c => c.Id,
            c => new ThreadInfo(
                parents.GetValueOrDefault(c.Id),
                resolved.Contains(c.Id),
                datesUtc.TryGetValue(c.Id, out var utc) ? utc : null,
                accounts.GetValueOrDefault(c.Author)));
    }

    /// <summary>A reply chain that loops or runs deeper than <see cref="MaxReplyDepth"/>, told in words; null when every chain ends. Linear, without recursion.</summary>
    private static string? ChainProblem(IReadOnlyDictionary<string, string> parents)
    {
        var depths = new Dictionary<string, int>();
        var path = new List<string>();
        var onPath = new HashSet<string>();
        foreach (var start in parents.Keys)
        {
            path.Clear();
            onPath.Clear();
            var id = start;
            var depth = 0;
            while (true)
            {
                if (depths.TryGetValue(id, out var known)) { depth = known; break; }
                if (!onPath.Add(id)) return $"hace del comentario {id} una respuesta a sí mismo (un ciclo de respuestas)";
                path.Add(id);
                if (!parents.TryGetValue(id, out var parent)) { depth = -1; break; }
                id = parent;
            }
            for (var i = path.Count - 1; i >= 0; i--)
            {
                depths[path[i]] = ++depth;
                if (depth > MaxReplyDepth) return $"encadena respuestas a respuestas a más de {MaxReplyDepth} niveles (comentario {path[i]})";
            }
        }
        return null;
    }

    /// <summary>
    /// Word and LibreOffice write replies in commentsExtended.xml when they write them at all; two of
    /// their comments on one range are two comments (the corpus has such a LibreOffice file). Google
    /// Docs names no application (it writes no docProps/app.xml).
    /// </summary>
    private static bool ThreadsInItsOwnParts(WordprocessingDocument document)
    {
        var application = DocxFileProperties.Application(document) ?? "";
        return application.StartsWith("Microsoft", StringComparison.OrdinalIgnoreCase)
            || application.Contains("LibreOffice", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Comments on exactly the same range: the earliest is the thread, the later ones its replies.</summary>
    private static IEnumerable<(string Reply, string Parent)> SameRangeReplies(
        IReadOnlyList<RawComment> comments, IReadOnlyDictionary<string, CommentAnchor> anchors)
    {
        var ranged = comments.Where(c => anchors.TryGetValue(c.Id, out var a) && a.Ranged);
        foreach (var group in ranged.GroupBy(c => anchors[c.Id].RangeKey))
        {
            var thread = group.OrderBy(c => c.Date ?? DateTimeOffset.MaxValue).ThenBy(c => c.Order).ToList();
            foreach (var reply in thread.Skip(1)) yield return (reply.Id, thread[0].Id);
        }
    }

    /// <summary>w:date holds Word's local time marked as UTC; commentsExtensible.xml has the real UTC time.</summary>
    private static Dictionary<string, DateTimeOffset> UtcDates(MainDocumentPart main, Dictionary<string, RawComment> byParaId)
    {
        var dates = new Dictionary<string, DateTimeOffset>();
        var ids = Root(main.WordprocessingCommentsIdsPart, "commentsIds", WordNames.W16Cid);
        var extensible = Root(main.WordCommentsExtensiblePart, "commentsExtensible", WordNames.W16Cex);
        if (ids is null || extensible is null) return dates;

        var utcByDurableId = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in extensible.ChildElements.Where(e => e.LocalName == "commentExtensible"))
            if (entry.Attr("durableId", WordNames.W16Cex) is { } durable && WordNames.ParseDate(entry.Attr("dateUtc", WordNames.W16Cex)) is { } utc)
                utcByDurableId[durable] = utc;

        foreach (var entry in ids.ChildElements.Where(e => e.LocalName == "commentId"))
        {
            if (entry.Attr("paraId", WordNames.W16Cid) is { } paraId && byParaId.TryGetValue(paraId, out var comment)
                && entry.Attr("durableId", WordNames.W16Cid) is { } durable && utcByDurableId.TryGetValue(durable, out var utc))
                dates[comment.Id] = utc;
        }
        return dates;
    }

    /// <summary>people.xml: author name to the account the producer recorded (provider and user id).</summary>
    private static Dictionary<string, string> Accounts(MainDocumentPart main)
    {
        var accounts = new Dictionary<string, string>();
        var people = Root(main.WordprocessingPeoplePart, "people", WordNames.W15);
        if (people is null) return accounts;
        foreach (var person in people.ChildElements.Where(e => e.LocalName == "person"))
        {
            var author = person.Attr("author", WordNames.W15);
            var presence = person.ChildElements.FirstOrDefault(e => e.LocalName == "presenceInfo");
            var user = presence?.Attr("userId", WordNames.W15);
            if (author is not null && !string.IsNullOrEmpty(user)) accounts.TryAdd(author, user);
        }
        return accounts;
    }

    /// <summary>The w14:paraId Word threads a comment by: that of the comment's last paragraph.</summary>
    private static WordElement? Root(DocumentFormat.OpenXml.Packaging.OpenXmlPart? part, string rootName, string rootNamespace) =>
        part is null ? null : WordElement.Load(part, rootName, rootNamespace);

    public static string? ParaIdOf(WordElement comment) =>
        comment.Descendants().LastOrDefault(e => e.IsW("p"))?.Attr("paraId", WordNames.W14);
}
