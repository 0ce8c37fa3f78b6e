using AlLas.Publishing.Review;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Review;

/// <summary>
/// `review extract` on every real reviewed file of the corpus: nothing throws, and what it finds
/// adds up to what the corpus INDEX says the XML holds.
/// </summary>
public class CorpusReviewTests
{
    /// <summary>
    /// Known slips of the INDEX, each checked against the XML: its script read text only in the
    /// Transitional namespace, so the Strict copy of HC031 shows no deleted text although it holds
    /// the same 46 characters as HC031. Strict01 is HC031 saved as Strict (see StrictFileReadsLikeItsTransitionalTwin).
    /// </summary>
    private static readonly Dictionary<string, string> TextFiguresFrom = new()
    {
        ["dotnet+Open-XML-SDK/Strict01.docx"] = "OpenXmlDev+Open-Xml-PowerTools/HC031-Complicated-Document.docx",
    };

    public static TheoryData<string> Files() => new(Corpus.Rows.Select(r => r.Path));

    [Fact]
    public void CorpusIsThere()
    {
        Assert.True(Corpus.Exists, $"no INDEX.tsv in {Corpus.Directory} (set ALLAS_CORPUS)");
        Assert.Equal(63, Corpus.Rows.Count);
        Assert.All(Corpus.Rows, r => Assert.True(File.Exists(r.FullPath), r.FullPath));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CommentsRepliesAndResolvedMatchTheIndex(string path)
    {
        var row = Corpus.Row(path);
        var extract = DocxReviewReader.Read(row.FullPath);

        Assert.Equal(row.Int("comments"), extract.Comments.Count);
        Assert.Equal(row.Int("replies"), extract.Comments.Count(c => c.Parent is not null));
        Assert.Equal(row.Int("resolved"), extract.Comments.Count(c => c.Resolved));
        var ids = extract.Comments.Select(c => c.Id).ToHashSet();
        Assert.All(extract.Comments.Where(c => c.Parent is not null), c => Assert.Contains(c.Parent!, ids));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void RevisionTextsAddUpToTheIndex(string path)
    {
        var row = Corpus.Row(path);
        var figures = TextFiguresFrom.TryGetValue(path, out var twin) ? Corpus.Row(twin) : row;
        var extract = DocxReviewReader.Read(row.FullPath);
        var census = RawXmlCensus.Of(row.FullPath);

        // The INDEX counts the text of a text box twice (mc:Choice and its mc:Fallback copy); the reader
        // reports it once. The INDEX counts w:t only; the reader's text also holds non-breaking hyphens.
        int Expected(string column, string mark) => figures.Int(column) - census.FallbackChars[mark] + census.Hyphens[mark];
        Assert.Equal(Expected("ins_chars", "ins"), Chars(extract, RevisionKind.Insert));
        Assert.Equal(Expected("del_chars", "del"), Chars(extract, RevisionKind.Delete));
        Assert.Equal(Expected("move_from_chars", "moveFrom"), Chars(extract, RevisionKind.MoveFrom));
        Assert.Equal(Expected("move_to_chars", "moveTo"), Chars(extract, RevisionKind.MoveTo));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void RevisionCountsByKindMatchTheIndex(string path)
    {
        var row = Corpus.Row(path);
        var extract = DocxReviewReader.Read(row.FullPath);
        var census = RawXmlCensus.Of(row.FullPath);
        var other = OtherChanges(row["other_changes"]);
        int Count(RevisionKind kind) => extract.Revisions.Count(r => r.Kind == kind);

        // Marks kept inside a change's old properties, or in a mc:Fallback copy, are not revisions of their own.
        // w:ins / w:del count text, paragraph marks (inside w:pPr/w:rPr) and rows (inside w:trPr) alike.
        Assert.Equal(census.Marks("ins", "rPr"), Count(RevisionKind.ParagraphInsert));
        Assert.Equal(census.Marks("del", "rPr"), Count(RevisionKind.ParagraphDelete));
        Assert.Equal(census.Marks("ins", "trPr"), Count(RevisionKind.RowInsert));
        Assert.Equal(census.Marks("del", "trPr"), Count(RevisionKind.RowDelete));
        var numbering = census.Marks("ins", "numPr");
        Assert.Equal(row.Int("ins") - census.NotRevision("ins"),
            Count(RevisionKind.Insert) + Count(RevisionKind.ParagraphInsert) + Count(RevisionKind.RowInsert) + numbering);
        Assert.Equal(row.Int("del") - census.NotRevision("del"),
            Count(RevisionKind.Delete) + Count(RevisionKind.ParagraphDelete) + Count(RevisionKind.RowDelete));
        Assert.Equal(row.Int("moveFrom") - census.NotRevision("moveFrom"), Count(RevisionKind.MoveFrom));
        Assert.Equal(row.Int("moveTo") - census.NotRevision("moveTo"), Count(RevisionKind.MoveTo));
        // Numbering added to a paragraph is a paragraph property change.
        Assert.Equal(row.Int("pPrChange") - census.NotRevision("pPrChange") + numbering, Count(RevisionKind.ParagraphFormat));
        Assert.Equal(other.GetValueOrDefault("cellDel") - census.NotRevision("cellDel"), Count(RevisionKind.CellDelete));
        Assert.Equal(other.GetValueOrDefault("cellIns") - census.NotRevision("cellIns"), Count(RevisionKind.CellInsert));
        // Table, row, cell and section property changes are formatting changes, like run properties.
        var otherFormat = other.Where(o => o.Key is not ("cellDel" or "cellIns")).Sum(o => o.Value);
        Assert.Equal(row.Int("rPrChange") - census.NotRevision("rPrChange") + otherFormat, Count(RevisionKind.Format));
        Assert.Equal(0, Count(RevisionKind.UntrackedEdit));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryLocationPointsInsideItsParagraph(string path)
    {
        var extract = DocxReviewReader.Read(Corpus.Row(path).FullPath);
        var locations = extract.Comments.Select(c => c.Location).Concat(extract.Revisions.Select(r => r.Location)).OfType<DocxLocation>();
        Assert.All(locations, l =>
        {
            Assert.InRange(l.Start, 0, l.ParagraphText.Length);
            Assert.True(l.EndParagraph > l.Paragraph || (l.EndParagraph == l.Paragraph && l.End >= l.Start), $"{l}");
        });
        Assert.All(extract.Revisions, r => Assert.NotNull(r.Location));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_held_in_memory_reads_as_the_file_does(string path)
    {
        var file = Corpus.Row(path).FullPath;
        using var memory = new MemoryStream(File.ReadAllBytes(file), writable: false);

        Assert.Equal(ReviewJson.Write(DocxReviewReader.Read(file)), ReviewJson.Write(DocxReviewReader.Read(memory, file)));
    }

    [Fact]
    public void StrictFileReadsLikeItsTransitionalTwin()
    {
        var strict = DocxReviewReader.Read(Corpus.Row("dotnet+Open-XML-SDK/Strict01.docx").FullPath);
        var transitional = DocxReviewReader.Read(Corpus.Row("OpenXmlDev+Open-Xml-PowerTools/HC031-Complicated-Document.docx").FullPath);

        Assert.Equal(transitional.Comments.Select(c => (c.Author, c.Text, c.Quote)), strict.Comments.Select(c => (c.Author, c.Text, c.Quote)));
        Assert.Equal(transitional.Revisions.Select(r => (r.Kind, r.Author, r.Text)), strict.Revisions.Select(r => (r.Kind, r.Author, r.Text)));
        Assert.Contains(strict.Revisions, r => r.Kind == RevisionKind.Delete && r.Text.Contains("in the embed code for the video"));
    }

    [Fact]
    public void Word365RevisionDatesAreTheTrueUtcTimes()
    {
        // w:date="2024-08-26T08:38:00Z" is local time marked as UTC; w16du:dateUtc holds the real one.
        var extract = DocxReviewReader.Read(Corpus.Row("bokuweb+docx-rs/comment_in_delete_in_insert.docx").FullPath);
        var deletion = extract.Revisions.First(r => r.Kind == RevisionKind.Delete);
        Assert.Equal(("TestName2", "HelloWorld"), (deletion.Author, deletion.Text));
        Assert.Equal(new DateTimeOffset(2024, 8, 25, 23, 38, 0, TimeSpan.Zero), deletion.Date);
        Assert.Equal("World", extract.Comments.Single().Quote);
    }

    private static int Chars(ReviewExtract extract, RevisionKind kind) =>
        extract.Revisions.Where(r => r.Kind == kind).Sum(r => r.Text.Count(c => !char.IsWhiteSpace(c)));

    /// <summary>"6 (tblGridChange:1,tcPrChange:3,...)" or "0".</summary>
    private static Dictionary<string, int> OtherChanges(string column)
    {
        var open = column.IndexOf('(');
        if (open < 0) return [];
        return column[(open + 1)..column.LastIndexOf(')')]
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(':'))
            .ToDictionary(p => p[0].Trim(), p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
