using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W15 = DocumentFormat.OpenXml.Office2013.Word;
using W16Cid = DocumentFormat.OpenXml.Office2019.Word.Cid;

namespace AlLas.Publishing.Tests.Review;

/// <summary>Small reviewed documents built with the Open XML SDK the way each producer writes them.</summary>
internal static class ReviewFixtures
{
    public static Run Text(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Run Reference(int id) => new(new CommentReference { Id = id.ToString() });

    public static CommentRangeStart Start(int id) => new() { Id = id.ToString() };

    public static CommentRangeEnd End(int id) => new() { Id = id.ToString() };

    /// <summary>A comment as Word writes it: an annotation reference run, then the text, in a paragraph with a w14:paraId.</summary>
    public static Comment Comment(int id, string author, string initials, DateTime date, string paraId, params Run[] body)
    {
        var paragraph = new Paragraph(new Run(new RunProperties(new RunStyle { Val = "CommentReference" }), new AnnotationReferenceMark()))
        {
            ParagraphId = paraId,
            TextId = "77777777",
        };
        paragraph.Append(body);
        return new Comment(paragraph) { Id = id.ToString(), Author = author, Initials = initials, Date = date };
    }

    public static WordprocessingDocument Create(string path, string? application, params OpenXmlElement[] body)
    {
        var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(body));
        if (application is not null)
        {
            var app = document.AddExtendedFilePropertiesPart();
            app.Properties = new Properties(new Application(application));
        }
        return document;
    }

    public static void AddComments(MainDocumentPart main, params Comment[] comments)
    {
        var part = main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments = new Comments(comments);
    }

    /// <summary>Threads the way Word 2013+ writes them: commentsExtended, commentsIds and people.xml.</summary>
    public static void AddWordThreads(MainDocumentPart main, IEnumerable<(string ParaId, string? Parent, bool Done, string DurableId)> entries,
        IEnumerable<(string Author, string UserId)> people)
    {
        var list = entries.ToList();
        var extended = main.AddNewPart<WordprocessingCommentsExPart>();
        extended.CommentsEx = new W15.CommentsEx(list.Select(e =>
        {
            var entry = new W15.CommentEx { ParaId = e.ParaId, Done = e.Done };
            if (e.Parent is not null) entry.ParaIdParent = e.Parent;
            return entry;
        }));
        var ids = main.AddNewPart<WordprocessingCommentsIdsPart>();
        ids.CommentsIds = new W16Cid.CommentsIds(list.Select(e => new W16Cid.CommentId { ParaId = e.ParaId, DurableId = e.DurableId }));
        var peoplePart = main.AddNewPart<WordprocessingPeoplePart>();
        peoplePart.People = new W15.People(people.Select(p =>
            new W15.Person(new W15.PresenceInfo { ProviderId = "AD", UserId = p.UserId }) { Author = p.Author }));
    }
}
