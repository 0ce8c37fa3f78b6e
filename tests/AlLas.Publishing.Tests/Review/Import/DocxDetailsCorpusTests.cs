using AlLas.Publishing.Review;
using AlLas.Publishing.Review.Import;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>
/// The import's second reading of a docx (field results, formatting changes) on the corpus of real
/// reviewed files: it numbers paragraphs and counts their text exactly as `review extract` does, so
/// that what it finds lands on the same paragraph and offsets.
/// </summary>
public sealed class DocxDetailsCorpusTests
{
    public static TheoryData<string> Files() => new(Corpus.Rows.Select(r => r.Path));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_body_and_footnote_paragraph_reads_as_the_review_reader_reads_it(string file)
    {
        var path = Corpus.Row(file).FullPath;
        var extract = DocxReviewReader.Read(path);
        var details = DocxDetails.Read(path);

        var parts = extract.Paragraphs.Where(p => p.Part.EndsWith("document.xml", StringComparison.Ordinal) || p.Part == "word/footnotes.xml").ToList();
        var disagree = parts.Where(p => details.Of(p.Part, p.Index, p.OriginalText) is null).Select(p => $"{p.Part}#{p.Index}: «{p.OriginalText}»").ToList();

        Assert.Empty(disagree);
        // Every run formatting change found is one the review reader reports, at the same place.
        var formats = extract.Revisions.Where(r => r.Kind == RevisionKind.Format && r.Location is not null)
            .Select(r => (r.Location!.Part, r.Location.Paragraph, r.Location.Start, r.Location.End)).ToHashSet();
        foreach (var p in parts)
            foreach (var change in details.Of(p.Part, p.Index, p.OriginalText)!.FormatChanges)
                Assert.Contains((p.Part, p.Index, change.Start, change.End), formats);
    }

    [Fact]
    public void A_run_Word_set_in_italics_with_Track_Changes_reads_as_italic_turned_on()
    {
        Assert.True(Corpus.Exists, $"no INDEX.tsv in {Corpus.Directory} (set ALLAS_CORPUS)");
        var path = Corpus.Row("aspose-words+Aspose.Words-for-.NET/Format revision.docx").FullPath;
        var extract = DocxReviewReader.Read(path);
        var details = DocxDetails.Read(path);

        var paragraph = extract.Paragraphs.Single(p => p.OriginalText == "Run formatted");
        var change = Assert.Single(details.Of(paragraph.Part, paragraph.Index, paragraph.OriginalText)!.FormatChanges);

        Assert.Equal((0, "Run formatted".Length), (change.Start, change.End));
        Assert.Equal("+italic", change.Formatting.ToString());
        Assert.True(change.Formatting.IsMarkdown);
    }

    [Fact]
    public void Cross_references_and_caption_numbers_of_our_own_draft_are_field_results()
    {
        using var mini = new MiniPublication();
        var publication = mini.Load();
        using var temp = RepoPaths.NewTempDir();
        var docx = temp.File("informe.docx");
        File.WriteAllBytes(docx, new AlLas.Publishing.Rendering.Docx.DocxDocumentWriter(RepoPaths.Templates).Write(publication.Documents.Single(), publication)[0].Content);
        var extract = DocxReviewReader.Read(docx);
        var details = DocxDetails.Read(docx);

        var paragraph = extract.Paragraphs.Single(p => p.OriginalText.StartsWith("Véase figura 1 y tabla 1", StringComparison.Ordinal));
        var fields = details.Of(paragraph.Part, paragraph.Index, paragraph.OriginalText)!.Fields
            .Select(f => paragraph.OriginalText.Substring(f.Start, f.Length)).ToList();
        // The numbers and the title are fields; the nouns and the words around them are not.
        Assert.Equal(["1", "1", "Presentación"], fields);
        var caption = extract.Paragraphs.Single(p => p.OriginalText.StartsWith("Figura 1.", StringComparison.Ordinal));
        Assert.Equal(["1"], details.Of(caption.Part, caption.Index, caption.OriginalText)!.Fields.Select(f => caption.OriginalText.Substring(f.Start, f.Length)));
    }
}
