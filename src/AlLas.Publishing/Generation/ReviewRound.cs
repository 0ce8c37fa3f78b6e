using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using W15 = DocumentFormat.OpenXml.Office2013.Word;
using W16Cid = DocumentFormat.OpenXml.Office2019.Word.Cid;

namespace AlLas.Publishing.Generation;

/// <summary>How much a generated review round holds. Moves count twice (a move-from and a move-to).</summary>
public sealed record ReviewRoundOptions(int Seed = 1, int Comments = 1000, int Replies = 300, int Insertions = 1900, int Deletions = 1900, int Moves = 300, int FormatChanges = 600)
{
    public int Revisions => Insertions + Deletions + 2 * Moves + FormatChanges;
}

/// <summary>What a generated review round put into the file.</summary>
public sealed record ReviewRoundTally(int Comments, int Replies, int Insertions, int Deletions, int MovesFrom, int MovesTo, int FormatChanges)
{
    public int Revisions => Insertions + Deletions + MovesFrom + MovesTo + FormatChanges;
}

/// <summary>
/// Plays the coordinators' part on a draft: adds comments with replies and tracked changes (insertions,
/// deletions, moves, formatting) the way Word writes them — comments.xml with commentsExtended,
/// commentsIds and people.xml, w:ins / w:del / w:moveFrom / w:moveTo / w:rPrChange with id, author and
/// date — on whole words of the draft's own paragraphs, so that an importer can map them back.
/// </summary>
public static class ReviewRound
{
    private static readonly (string Name, string Initials)[] Reviewers =
    [
        ("Coordinación General", "CG"),
        ("DMRI Quito", "DQ"),
        ("Revisión editorial", "RE"),
    ];

    private static readonly string[] ReplyTexts =
    [
        "De acuerdo; se ajusta en la próxima versión.", "Se mantiene: el dato procede del cuestionario.",
        "Hecho.", "Lo consultamos con la ciudad y respondemos.", "Se reformula el párrafo completo.",
    ];

    private const int FirstRevisionId = 1_000_000;

    public static (byte[] Docx, ReviewRoundTally Tally) Apply(byte[] draft, ReviewRoundOptions options)
    {
        using var stream = new MemoryStream();
        stream.Write(draft);
        ReviewRoundTally tally;
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            tally = new Round(document, options).Run();
        }
        return (stream.ToArray(), tally);
    }

    private sealed class Round(WordprocessingDocument document, ReviewRoundOptions options)
    {
        private readonly Random random = new(options.Seed);
        private readonly SpanishProse prose = new(new Random(options.Seed + 1));
        private readonly MainDocumentPart main = document.MainDocumentPart ?? throw new InvalidOperationException("the draft has no main document part");
        private readonly DateTime start = new(2013, 10, 14, 9, 0, 0, DateTimeKind.Utc);
        private readonly HashSet<int> paraIds = [];
        private List<W.Paragraph> paragraphs = [];
        private int revisionId = FirstRevisionId;
        private int commentId;
        private int step;
        private int insertions, deletions, movesFrom, movesTo, formats, comments, replies;

        public ReviewRoundTally Run()
        {
            var body = main.Document?.Body ?? throw new InvalidOperationException("the draft has no body");
            paragraphs = body.Descendants<W.Paragraph>()
                .Where(p => !p.Ancestors<W.TextBoxContent>().Any() && p.Elements<W.Run>().Any(r => Words(r) >= 4))
                .ToList();
            commentId = main.WordprocessingCommentsPart?.Comments?.Elements<W.Comment>()
                .Select(c => int.TryParse(c.Id?.Value, out var id) ? id + 1 : 0).DefaultIfEmpty(0).Max() ?? 0;

            var operations = new List<Action>();
            operations.AddRange(Enumerable.Repeat<Action>(Insert, options.Insertions));
            operations.AddRange(Enumerable.Repeat<Action>(Delete, options.Deletions));
            operations.AddRange(Enumerable.Repeat<Action>(Move, options.Moves));
            operations.AddRange(Enumerable.Repeat<Action>(Format, options.FormatChanges));
            var threads = new W.Comments();
            var extended = new W15.CommentsEx();
            var ids = new W16Cid.CommentsIds();
            var withReply = Enumerable.Range(0, options.Comments).OrderBy(_ => random.Next()).Take(options.Replies).ToHashSet();
            for (var i = 0; i < options.Comments; i++)
            {
                var reply = withReply.Contains(i);
                operations.Add(() => Comment(threads, extended, ids, reply));
            }
            // Interleaved as a review session goes: reviewers comment and edit as they read.
            foreach (var operation in operations.OrderBy(_ => random.Next()).ToList())
            {
                operation();
                step++;
            }
            WriteCommentParts(threads, extended, ids);
            return new ReviewRoundTally(comments, replies, insertions, deletions, movesFrom, movesTo, formats);
        }

        private (string Author, DateTime Date) Who() => (Reviewers[step % Reviewers.Length].Name, start.AddMinutes(step * 3));

        private void Insert()
        {
            var t = PlainRun();
            var at = random.Next(1, t.Count);
            var (author, date) = Who();
            var ins = new W.InsertedRun(TextRun(t.Run, prose.Phrase(false).ToLowerInvariant() + " ")) { Id = NextRevisionId(), Author = author, Date = date };
            Replace(t, TextRun(t.Run, t.Before(at)), ins, TextRun(t.Run, t.After(at)));
            insertions++;
        }

        private void Delete()
        {
            var t = PlainRun();
            var (from, to) = Span(t);
            var (author, date) = Who();
            var deleted = new W.Run(new W.DeletedText(t.Middle(from, to)) { Space = SpaceProcessingModeValues.Preserve });
            if (t.Run.RunProperties is { } properties) deleted.PrependChild(properties.CloneNode(true));
            var del = new W.DeletedRun(deleted) { Id = NextRevisionId(), Author = author, Date = date };
            Replace(t, TextRun(t.Run, t.Before(from)), del, TextRun(t.Run, t.After(to)));
            deletions++;
        }

        private void Format()
        {
            var t = PlainRun();
            var (from, to) = Span(t);
            var (author, date) = Who();
            var target = TextRun(t.Run, t.Middle(from, to));
            var previous = new W.PreviousRunProperties();
            foreach (var child in t.Run.RunProperties?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
                previous.Append(child.CloneNode(true));
            var properties = target.RunProperties ?? target.PrependChild(new W.RunProperties());
            properties.Bold = new W.Bold();
            properties.Append(new W.RunPropertiesChange(previous) { Id = NextRevisionId(), Author = author, Date = date });
            Replace(t, TextRun(t.Run, t.Before(from)), target, TextRun(t.Run, t.After(to)));
            formats++;
        }

        private void Move()
        {
            var source = PlainRun();
            var (from, to) = Span(source);
            var moved = source.Middle(from, to);
            var (author, date) = Who();
            var name = $"move{step}";
            var fromRange = NextRevisionId();
            Replace(source,
                TextRun(source.Run, source.Before(from)),
                new W.MoveFromRangeStart { Id = fromRange, Name = name, Author = author, Date = date },
                new W.MoveFromRun(TextRun(source.Run, moved)) { Id = NextRevisionId(), Author = author, Date = date },
                new W.MoveFromRangeEnd { Id = fromRange },
                TextRun(source.Run, source.After(to)));
            movesFrom++;

            var target = PlainRun(except: source.Paragraph);
            var at = random.Next(1, target.Count);
            var toRange = NextRevisionId();
            Replace(target,
                TextRun(target.Run, target.Before(at)),
                new W.MoveToRangeStart { Id = toRange, Name = name, Author = author, Date = date },
                new W.MoveToRun(TextRun(target.Run, moved)) { Id = NextRevisionId(), Author = author, Date = date },
                new W.MoveToRangeEnd { Id = toRange },
                TextRun(target.Run, target.After(at)));
            movesTo++;
        }

        private void Comment(W.Comments threads, W15.CommentsEx extended, W16Cid.CommentsIds ids, bool withReply)
        {
            var t = PlainRun();
            var (from, to) = Span(t);
            var (author, date) = Who();
            var id = (commentId++).ToString(CultureInfo.InvariantCulture);
            var paraId = AddComment(threads, extended, ids, id, author, date, CommentText(), parentParaId: null);
            comments++;
            var parts = new List<OpenXmlElement> { TextRun(t.Run, t.Before(from)), new W.CommentRangeStart { Id = id } };
            string? replyId = null;
            if (withReply)
            {
                replyId = (commentId++).ToString(CultureInfo.InvariantCulture);
                var replier = Reviewers[(step + 1) % Reviewers.Length].Name;
                AddComment(threads, extended, ids, replyId, replier, date.AddHours(20), prose.Pick(ReplyTexts), paraId);
                replies++;
                parts.Add(new W.CommentRangeStart { Id = replyId });
            }
            parts.Add(TextRun(t.Run, t.Middle(from, to)));
            parts.Add(new W.CommentRangeEnd { Id = id });
            parts.Add(ReferenceRun(id));
            if (replyId is not null)
            {
                parts.Add(new W.CommentRangeEnd { Id = replyId });
                parts.Add(ReferenceRun(replyId));
            }
            parts.Add(TextRun(t.Run, t.After(to)));
            Replace(t, [.. parts]);
        }

        private string CommentText() => random.Next(4) switch
        {
            0 => $"¿Puede precisarse a qué se refiere con «{prose.Object()}»?",
            1 => "Falta la fuente de este dato; conviene citarla.",
            2 => $"Sugerimos reformular: {prose.SentenceBody().ToLowerInvariant()}.",
            _ => $"Revisar la coherencia con lo dicho sobre {prose.Object()} en el capítulo anterior.",
        };

        private HexBinaryValue AddComment(W.Comments threads, W15.CommentsEx extended, W16Cid.CommentsIds ids,
            string id, string author, DateTime date, string text, HexBinaryValue? parentParaId)
        {
            var paraId = NewParaId();
            var initials = Reviewers.First(r => r.Name == author).Initials;
            threads.Append(new W.Comment(
                new W.Paragraph(
                    new W.Run(new W.AnnotationReferenceMark()),
                    new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }))
                { ParagraphId = paraId, TextId = "77777777" })
            { Id = id, Author = author, Initials = initials, Date = date });
            var entry = new W15.CommentEx { ParaId = paraId, Done = false };
            if (parentParaId is not null) entry.ParaIdParent = parentParaId;
            extended.Append(entry);
            ids.Append(new W16Cid.CommentId { ParaId = paraId, DurableId = NewParaId() });
            return paraId;
        }

        private void WriteCommentParts(W.Comments threads, W15.CommentsEx extended, W16Cid.CommentsIds ids)
        {
            var commentsPart = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
            if (commentsPart.Comments is { } existing)
            {
                foreach (var comment in threads.Elements<W.Comment>().ToList())
                {
                    comment.Remove();
                    existing.Append(comment);
                }
            }
            else
            {
                commentsPart.Comments = threads;
            }
            Ignorable(commentsPart.Comments, ("w14", "http://schemas.microsoft.com/office/word/2010/wordml"));

            var extendedPart = main.WordprocessingCommentsExPart ?? main.AddNewPart<WordprocessingCommentsExPart>();
            extendedPart.CommentsEx = extended;
            Ignorable(extended, ("w15", "http://schemas.microsoft.com/office/word/2012/wordml"));

            var idsPart = main.WordprocessingCommentsIdsPart ?? main.AddNewPart<WordprocessingCommentsIdsPart>();
            idsPart.CommentsIds = ids;
            Ignorable(ids, ("w16cid", "http://schemas.microsoft.com/office/word/2016/wordml/cid"));

            var peoplePart = main.WordprocessingPeoplePart ?? main.AddNewPart<WordprocessingPeoplePart>();
            peoplePart.People = new W15.People(Reviewers.Select(r =>
                new W15.Person(new W15.PresenceInfo { ProviderId = "None", UserId = r.Name }) { Author = r.Name }));
            Ignorable(peoplePart.People, ("w15", "http://schemas.microsoft.com/office/word/2012/wordml"));
        }

        /// <summary>Word marks its newer namespaces ignorable, so that older readers skip what they do not know.</summary>
        private static void Ignorable(OpenXmlPartRootElement root, (string Prefix, string Uri) ns)
        {
            root.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
            root.AddNamespaceDeclaration(ns.Prefix, ns.Uri);
            root.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = ns.Prefix };
        }

        private HexBinaryValue NewParaId()
        {
            int value;
            do value = random.Next(1, 0x7FFFFFFF); while (!paraIds.Add(value));
            return new HexBinaryValue(value.ToString("X8", CultureInfo.InvariantCulture));
        }

        private string NextRevisionId() => (revisionId++).ToString(CultureInfo.InvariantCulture);

        /// <summary>A run of plain text with at least four words, in a random paragraph: the reviewer's next target.</summary>
        private Target PlainRun(W.Paragraph? except = null)
        {
            for (var attempt = 0; attempt < 200 && paragraphs.Count > 0; attempt++)
            {
                var index = random.Next(paragraphs.Count);
                var paragraph = paragraphs[index];
                var run = paragraph.Elements<W.Run>().Where(r => Words(r) >= 4).MaxBy(Words);
                if (run is null)
                {
                    // Used up: later operations look elsewhere.
                    paragraphs[index] = paragraphs[^1];
                    paragraphs.RemoveAt(paragraphs.Count - 1);
                    continue;
                }
                if (paragraph == except) continue;
                return new Target(paragraph, run, run.GetFirstChild<W.Text>()!.Text);
            }
            throw new InvalidOperationException("the draft has too little plain text for this many review marks; use a larger publication or fewer marks");
        }

        /// <summary>One to three whole words, with at least one word left on either side.</summary>
        private (int From, int To) Span(Target t)
        {
            var from = random.Next(1, t.Count - 1);
            return (from, Math.Min(t.Count - 1, from + random.Next(1, 4)));
        }

        private static int Words(W.Run run)
        {
            // Only runs of text alone: fields, breaks, notes and drawings stay whole.
            if (run.ChildElements.Count(c => c is not W.RunProperties) != 1 || run.GetFirstChild<W.Text>() is not { } text) return 0;
            var count = 0;
            foreach (var word in text.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)) count++;
            return count;
        }

        /// <summary>A run about to be split at word boundaries; the spaces at its ends stay where they were.</summary>
        private sealed class Target(W.Paragraph paragraph, W.Run run, string text)
        {
            public W.Paragraph Paragraph { get; } = paragraph;
            public W.Run Run { get; } = run;
            public string[] Words { get; } = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            private readonly string lead = text[..(text.Length - text.TrimStart(' ').Length)];
            private readonly string trail = text[text.TrimEnd(' ').Length..];

            public int Count => Words.Length;

            public string Before(int at) => lead + string.Join(' ', Words, 0, at) + " ";

            public string Middle(int from, int to) => string.Join(' ', Words, from, to - from) + " ";

            public string After(int at) => string.Join(' ', Words, at, Words.Length - at) + trail;
        }

        private static W.Run TextRun(W.Run like, string text)
        {
            var run = new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
            if (like.RunProperties is { } properties) run.PrependChild(properties.CloneNode(true));
            return run;
        }

        private static W.Run ReferenceRun(string id) =>
            new(new W.RunProperties(new W.RunStyle { Val = "CommentReference" }), new W.CommentReference { Id = id });

        private static void Replace(Target t, params OpenXmlElement[] parts)
        {
            foreach (var part in parts) t.Paragraph.InsertBefore(part, t.Run);
            t.Run.Remove();
        }
    }
}
