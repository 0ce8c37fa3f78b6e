using System.Text;
using AlLas.Publishing.Cli;
using AlLas.Publishing.Content;
using AlLas.Publishing.Generation;
using AlLas.Publishing.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using W15 = DocumentFormat.OpenXml.Office2013.Word;
using W16Cid = DocumentFormat.OpenXml.Office2019.Word.Cid;

namespace AlLas.Publishing.Tests.Benchmarks;

/// <summary>
/// The generated review round: as many comments, replies and revisions as asked, in Word's own parts and
/// markup, valid, read the same by pandoc, and sitting on the draft's own words.
/// </summary>
public sealed class ReviewRoundTests : IClassFixture<ReviewRoundTests.Round>
{
    private readonly Round round;

    public ReviewRoundTests(Round round) => this.round = round;

    public sealed class Round : IDisposable
    {
        private readonly TempDir dir = RepoPaths.NewTempDir();

        public Round()
        {
            var generated = PublicationGenerator.Generate(dir.Path, 50, 2013, RepoPaths.Templates);
            var publication = new PublicationLoader(generated.Root, new Diagnostics(), ReleaseInfo.WorkingDraft(null)).Load();
            // Our own Word draft, as the coordinators receive it, so that an importer can map the marks back.
            var writer = Writers.All(generated.Root).Single(w => w.Format == "docx");
            Draft = writer.Write(publication.Documents[0], publication).Single(f => f.RelativePath.EndsWith(".docx")).Content;
            (Reviewed, Tally) = ReviewRound.Apply(Draft, new ReviewRoundOptions(Seed: 5));
            Path = dir.File("revisado.docx");
            File.WriteAllBytes(Path, Reviewed);
        }

        public byte[] Draft { get; }
        public byte[] Reviewed { get; }
        public ReviewRoundTally Tally { get; }
        public string Path { get; }

        public void Dispose() => dir.Dispose();
    }

    [Fact]
    public void Holds_a_thousand_comments_with_replies_and_five_thousand_revisions()
    {
        using var doc = WordprocessingDocument.Open(round.Path, false);
        var main = doc.MainDocumentPart!;
        var body = main.Document!.Body!;

        Assert.Equal(1000, round.Tally.Comments);
        Assert.Equal(300, round.Tally.Replies);
        Assert.Equal(5000, round.Tally.Revisions);
        Assert.Equal(1300, main.WordprocessingCommentsPart!.Comments!.Elements<W.Comment>().Count());
        Assert.Equal(1900, body.Descendants<W.InsertedRun>().Count());
        Assert.Equal(1900, body.Descendants<W.DeletedRun>().Count());
        Assert.Equal(300, body.Descendants<W.MoveFromRun>().Count());
        Assert.Equal(300, body.Descendants<W.MoveToRun>().Count());
        Assert.Equal(600, body.Descendants<W.RunPropertiesChange>().Count());
        Assert.All(body.Descendants<W.InsertedRun>(), r => Assert.False(string.IsNullOrEmpty(r.Author?.Value) || r.Date is null || r.Id is null));
        Assert.All(body.Descendants<W.DeletedRun>(), r => Assert.NotEmpty(r.Descendants<W.DeletedText>()));
    }

    [Fact]
    public void Comments_are_threaded_as_Word_writes_them()
    {
        using var doc = WordprocessingDocument.Open(round.Path, false);
        var main = doc.MainDocumentPart!;
        var comments = main.WordprocessingCommentsPart!.Comments!.Elements<W.Comment>().ToList();
        var extended = main.WordprocessingCommentsExPart!.CommentsEx!.Elements<W15.CommentEx>().ToList();
        var ids = main.WordprocessingCommentsIdsPart!.CommentsIds!.Elements<W16Cid.CommentId>().ToList();
        var people = main.WordprocessingPeoplePart!.People!.Elements<W15.Person>().Select(p => p.Author!.Value).ToHashSet();

        var paraIds = comments.Select(c => c.GetFirstChild<W.Paragraph>()!.ParagraphId!.Value!).ToList();
        Assert.Equal(paraIds.Count, paraIds.Distinct().Count());
        Assert.Equal(paraIds.Order(), extended.Select(e => e.ParaId!.Value!).Order());
        Assert.Equal(paraIds.Order(), ids.Select(i => i.ParaId!.Value!).Order());
        var replies = extended.Where(e => e.ParaIdParent is not null).ToList();
        Assert.Equal(300, replies.Count);
        Assert.All(replies, r => Assert.Contains(r.ParaIdParent!.Value!, paraIds));
        Assert.All(comments, c => Assert.Contains(c.Author!.Value!, people));

        var body = main.Document!.Body!;
        var starts = body.Descendants<W.CommentRangeStart>().Select(s => s.Id!.Value).ToHashSet();
        var ends = body.Descendants<W.CommentRangeEnd>().Select(s => s.Id!.Value).ToHashSet();
        var references = body.Descendants<W.CommentReference>().Select(s => s.Id!.Value).ToHashSet();
        var commentIds = comments.Select(c => c.Id!.Value).ToHashSet();
        Assert.Equal(commentIds, starts);
        Assert.Equal(commentIds, ends);
        Assert.Equal(commentIds, references);
    }

    [Fact]
    public void Is_valid_Open_XML() => DocxValidation.AssertValid(round.Path);

    [Fact]
    public void Rejecting_every_change_gives_back_the_draft()
    {
        using var before = WordprocessingDocument.Open(new MemoryStream(round.Draft), false);
        using var after = WordprocessingDocument.Open(round.Path, false);

        var draft = before.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => Text(p)).ToList();
        var rejected = after.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => Text(p, rejectChanges: true)).ToList();
        Assert.Equal(draft, rejected);
    }

    [Fact]
    public void Allas_review_extract_reads_every_comment_and_revision()
    {
        var output = Path.ChangeExtension(round.Path, ".json");
        var result = Allas.Run(Path.GetDirectoryName(round.Path)!, "review", "extract", round.Path, "--format", "json", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(1300, json.RootElement.GetProperty("comments").GetArrayLength());
        var kinds = json.RootElement.GetProperty("revisions").EnumerateArray().GroupBy(r => r.GetProperty("kind").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["insert"] = 1900, ["delete"] = 1900, ["move-from"] = 300, ["move-to"] = 300, ["format"] = 600 }, kinds);
    }

    [Fact]
    public void Pandoc_reads_the_same_marks()
    {
        var pandoc = Pandoc.Require();
        using var ast = pandoc.ReadDocx(round.Path, TrackChanges.All);

        // pandoc reads a move as a deletion where the text was and an insertion where it went.
        Assert.Equal(1900 + 300, Pandoc.Spans(ast, "insertion").Count());
        Assert.Equal(1900 + 300, Pandoc.Spans(ast, "deletion").Count());
        Assert.Equal(1300, Pandoc.Spans(ast, "comment-start").Count());
    }

    /// <summary>A paragraph's text; with rejectChanges, as it read before the reviewers' revisions.</summary>
    private static string Text(W.Paragraph paragraph, bool rejectChanges = false)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text t when !rejectChanges || !t.Ancestors().Any(a => a is W.InsertedRun or W.MoveToRun):
                    text.Append(t.Text);
                    break;
                case W.DeletedText d when rejectChanges:
                    text.Append(d.Text);
                    break;
            }
        }
        return text.ToString();
    }
}
