using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W15 = DocumentFormat.OpenXml.Office2013.Word;
using W16Cid = DocumentFormat.OpenXml.Office2019.Word.Cid;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// Comment threads the way Word (2013 on) writes them: each comment in comments.xml with a
/// w14:paraId on its last paragraph; commentsExtended.xml names each reply's parent by that
/// paraId (w15:paraIdParent) and marks resolved threads (w15:done); commentsIds.xml gives each a
/// durable id; people.xml lists the authors. Ids are counted, not drawn at random, so that the
/// same sources give the same file.
/// </summary>
internal static class CommentParts
{
    private const int FirstParagraphId = 0x1A000001;
    private const int FirstDurableId = 0x2B000001;

    public static void Write(MainDocumentPart main, IReadOnlyList<PlacedComment> threads)
    {
        if (threads.Count == 0) return;
        var commentsPart = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>("rIdComments");
        var comments = commentsPart.Comments ??= new Comments();
        var extended = new W15.CommentsEx();
        var ids = new W16Cid.CommentsIds();
        var authors = new List<string>();
        var n = 0;
        foreach (var thread in threads)
        {
            string? rootParaId = null;
            foreach (var entry in thread.Entries)
            {
                var paragraphs = entry.Text.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
                if (paragraphs.Length == 0) paragraphs = [""];
                var comment = new Comment
                {
                    Id = entry.Id,
                    Author = entry.Author,
                    Initials = entry.Initials,
                    Date = entry.Date,
                };
                string paraId = "";
                for (var i = 0; i < paragraphs.Length; i++)
                {
                    paraId = Hex(FirstParagraphId + n++);
                    var paragraph = new Paragraph { ParagraphId = paraId, TextId = "77777777" };
                    if (i == 0) paragraph.Append(new Run(new AnnotationReferenceMark()));
                    paragraph.Append(new Run(new Text(paragraphs[i]) { Space = SpaceProcessingModeValues.Preserve }));
                    comment.Append(paragraph);
                }
                comments.Append(comment);

                var ex = new W15.CommentEx { ParaId = paraId, Done = entry.Done };
                if (rootParaId is not null) ex.ParaIdParent = rootParaId;
                extended.Append(ex);
                ids.Append(new W16Cid.CommentId { ParaId = paraId, DurableId = Hex(FirstDurableId + extended.ChildElements.Count) });
                rootParaId ??= paraId;
                if (!authors.Contains(entry.Author)) authors.Add(entry.Author);
            }
        }
        main.AddNewPart<WordprocessingCommentsExPart>("rIdCommentsEx").CommentsEx = extended;
        main.AddNewPart<WordprocessingCommentsIdsPart>("rIdCommentsIds").CommentsIds = ids;
        main.AddNewPart<WordprocessingPeoplePart>("rIdPeople").People = new W15.People(authors.Select(a =>
            new W15.Person(new W15.PresenceInfo { ProviderId = "None", UserId = a }) { Author = a }));
    }

    private static string Hex(int value) => value.ToString("X8", CultureInfo.InvariantCulture);
}
