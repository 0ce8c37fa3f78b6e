using AlLas.Publishing.Review;
using DocumentFormat.OpenXml.Wordprocessing;
using static AlLas.Publishing.Tests.Review.ReviewFixtures;

namespace AlLas.Publishing.Tests.Review;

/// <summary>Reply threads and resolved state, as Word and as Google Docs write them.</summary>
public sealed class CommentThreadTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("allas-review-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void WordThreadsReadBackWithParentResolvedStateAndAccount()
    {
        var path = Path.Combine(folder, "word.docx");
        using (var document = Create(path, "Microsoft Office Word",
            new Paragraph(Text("Datos de "), Start(0), Start(1), Text("la oficina"), End(0), Reference(0), End(1), Reference(1), Text(" en 2013.")),
            new Paragraph(Text("Otra "), Start(2), Text("frase"), End(2), Reference(2))))
        {
            var main = document.MainDocumentPart!;
            AddComments(main,
                Comment(0, "Coordinación General", "CG", new DateTime(2013, 9, 2, 10, 0, 0), "1A2B3C4D",
                    Text("Revisar "), new Run(new RunProperties(new Bold()), new Text("esta")), Text(" cifra.")),
                Comment(1, "DMRI", "DM", new DateTime(2013, 9, 3, 9, 30, 0), "2B3C4D5E", Text("De acuerdo, es de 2012.")),
                Comment(2, "DMRI", "DM", new DateTime(2013, 9, 3, 9, 40, 0), "3C4D5E6F",
                    new Run(new RunProperties(new Italic()), new Text("Resuelto"))));
            AddWordThreads(main,
                [("1A2B3C4D", null, false, "11111111"), ("2B3C4D5E", "1A2B3C4D", false, "22222222"), ("3C4D5E6F", null, true, "33333333")],
                [("DMRI", "dmri@example.org")]);
        }

        var comments = DocxReviewReader.Read(path).Comments;

        Assert.Equal(["0", "1", "2"], comments.Select(c => c.Id));
        var (root, reply, done) = (comments[0], comments[1], comments[2]);
        Assert.Null(root.Parent);
        Assert.Equal("0", reply.Parent);
        Assert.Null(done.Parent);
        Assert.Equal([false, false, true], comments.Select(c => c.Resolved));
        Assert.Equal("Revisar **esta** cifra.", root.Text);
        Assert.Equal("*Resuelto*", done.Text);
        Assert.Equal(("Coordinación General", "CG"), (root.Author, root.Initials));
        Assert.Equal(new DateTimeOffset(2013, 9, 2, 10, 0, 0, TimeSpan.Zero), root.Date);
        Assert.Equal("dmri@example.org", reply.AuthorId);
        Assert.Equal("la oficina", root.Quote);
        Assert.Equal(new DocxLocation("word/document.xml", 0, 9, 0, 19, "Datos de la oficina en 2013."), root.Location);
        Assert.Equal("frase", done.Quote);
        Assert.Equal(1, done.Location!.Paragraph);
    }

    [Fact]
    public void GoogleDocsRepliesAreLaterCommentsOnTheSameRange()
    {
        var path = Path.Combine(folder, "google.docx");
        using (var document = Create(path, application: null,
            new Paragraph(Text("Participaron "), Start(0), Start(1), Text("45 ciudades"), End(0), Reference(0), End(1), Reference(1),
                Text(" de "), Start(2), Text("la región"), End(2), Reference(2), Text("."), Reference(3))))
        {
            AddComments(document.MainDocumentPart!,
                // Written out of date order on purpose: the earlier comment is the thread.
                Comment(0, "Ana", "A", new DateTime(2013, 9, 2, 11, 0, 0), "00000001", Text("Según el informe de 2013.")),
                Comment(1, "Luis", "L", new DateTime(2013, 9, 2, 10, 0, 0), "00000002", Text("¿Fuente?")),
                Comment(2, "Luis", "L", new DateTime(2013, 9, 2, 10, 5, 0), "00000003", Text("¿Qué región?")),
                Comment(3, "Luis", "L", new DateTime(2013, 9, 2, 10, 6, 0), "00000004", Text("Falta una frase aquí.")));
        }

        var comments = DocxReviewReader.Read(path).Comments.ToDictionary(c => c.Id);

        Assert.Equal("1", comments["0"].Parent);
        Assert.Null(comments["1"].Parent);
        Assert.Null(comments["2"].Parent);
        Assert.Null(comments["3"].Parent);
        Assert.Equal("45 ciudades", comments["0"].Quote);
        Assert.Equal("la región", comments["2"].Quote);
        // A comment on a point: no quote, an empty range where it sits.
        Assert.Equal("", comments["3"].Quote);
        Assert.Equal((0, 38, 38), (comments["3"].Location!.Paragraph, comments["3"].Location!.Start, comments["3"].Location!.End));
    }

    [Fact]
    public void TwoWordCommentsOnOneRangeStayTwoComments()
    {
        var path = Path.Combine(folder, "word-same-range.docx");
        using (var document = Create(path, "Microsoft Office Word",
            new Paragraph(Start(0), Start(1), Text("45 ciudades"), End(0), Reference(0), End(1), Reference(1))))
        {
            AddComments(document.MainDocumentPart!,
                Comment(0, "Ana", "A", new DateTime(2013, 9, 2, 10, 0, 0), "00000001", Text("Uno.")),
                Comment(1, "Luis", "L", new DateTime(2013, 9, 2, 11, 0, 0), "00000002", Text("Otro.")));
        }

        Assert.All(DocxReviewReader.Read(path).Comments, c => Assert.Null(c.Parent));
    }
}
