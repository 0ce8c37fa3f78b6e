using AlLas.Publishing.Review;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static AlLas.Publishing.Tests.Review.ReviewFixtures;

namespace AlLas.Publishing.Tests.Review;

/// <summary>
/// Where revisions sit: offsets into the paragraph's original text (as it read before the reviewer),
/// the promise the import step builds on to map them to sources.
/// </summary>
public sealed class RevisionLocationTests : IDisposable
{
    private static readonly DateTime When = new(2013, 9, 4, 8, 0, 0, DateTimeKind.Utc);
    private readonly string folder = Directory.CreateTempSubdirectory("allas-review-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ReplacementIsADeletedRangeAndAnInsertionPointInTheOriginalText()
    {
        var path = Path.Combine(folder, "replace.docx");
        using (Create(path, "Microsoft Office Word",
            new Paragraph(
                new ParagraphProperties(new ParagraphMarkRunProperties(new Inserted { Id = "9", Author = "DMRI", Date = When })),
                Text("Hola "),
                new DeletedRun(new Run(new DeletedText("mundo"))) { Id = "1", Author = "DMRI", Date = When },
                new InsertedRun(Text("amigo")) { Id = "2", Author = "DMRI", Date = When },
                Text(" feliz")),
            new Paragraph(Text("Sigue."))))
        {
        }

        var revisions = DocxReviewReader.Read(path).Revisions;

        Assert.Equal([RevisionKind.Delete, RevisionKind.Insert, RevisionKind.ParagraphInsert], revisions.Select(r => r.Kind));
        var (delete, insert, split) = (revisions[0], revisions[1], revisions[2]);
        Assert.Equal(new DocxLocation("word/document.xml", 0, 5, 0, 10, "Hola mundo feliz"), delete.Location);
        Assert.Equal("mundo", delete.Text);
        Assert.Equal(new DocxLocation("word/document.xml", 0, 10, 0, 10, "Hola mundo feliz"), insert.Location);
        Assert.Equal("amigo", insert.Text);
        Assert.Equal(("DMRI", new DateTimeOffset(When)), (insert.Author, insert.Date!.Value));
        Assert.Equal((16, 16, ""), (split.Location!.Start, split.Location.End, split.Text));
    }

    [Fact]
    public void RowsCellsFormatsAndFootnotesAreRevisionsToo()
    {
        var path = Path.Combine(folder, "table.docx");
        using (var document = Create(path, "Microsoft Office Word",
            new Paragraph(Text("Antes"), new Run(new FootnoteReference { Id = 1 })),
            new Table(
                new TableRow(
                    new TableRowProperties(new Deleted { Id = "3", Author = "CG", Date = When }),
                    new TableCell(new Paragraph(Text("Quito")))),
                new TableRow(
                    new TableCell(
                        new TableCellProperties(new CellInsertion { Id = "4", Author = "CG", Date = When }),
                        new Paragraph(new Run(
                            new RunProperties(new Bold(), new RunPropertiesChange(new PreviousRunProperties()) { Id = "5", Author = "CG", Date = When }),
                            new Text("México")))))),
            new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center },
                    new ParagraphPropertiesChange(new ParagraphPropertiesExtended()) { Id = "6", Author = "CG", Date = When }),
                Text("Después"))))
        {
            var notes = document.MainDocumentPart!.AddNewPart<FootnotesPart>();
            notes.Footnotes = new Footnotes(new Footnote(new Paragraph(
                Text("Nota "), new InsertedRun(Text("añadida")) { Id = "7", Author = "CG", Date = When })) { Id = 1 });
        }

        var revisions = DocxReviewReader.Read(path).Revisions;

        Assert.Equal(
            [RevisionKind.RowDelete, RevisionKind.CellInsert, RevisionKind.Format, RevisionKind.ParagraphFormat, RevisionKind.Insert],
            revisions.Select(r => r.Kind));
        Assert.Equal(["Quito", "México", "México", "Después", "añadida"], revisions.Select(r => r.Text));
        Assert.Equal([1, 2, 2, 3], revisions.Take(4).Select(r => r.Location!.Paragraph));
        Assert.Equal(new DocxLocation("word/footnotes.xml", 0, 5, 0, 5, "Nota "), revisions[4].Location);
    }
}
