using AlLas.Publishing.Rendering.Docx;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Tests.Rendering.Docx;

/// <summary>
/// The plain draft lets go of each chapter's paragraphs once written; the redline keeps the whole body
/// as one tree. Both must put the very same document.xml in the Word file.
/// </summary>
public sealed class StreamedBodyTests
{
    /// <summary>An extension that changes nothing, so that the writer keeps the body whole.</summary>
    private sealed class WholeBody : IDocxExtension
    {
        public int Paragraphs { get; private set; }

        public void Attach(DocxRenderer renderer)
        {
        }

        public void Complete(DocxRenderer renderer) => Paragraphs = renderer.LastBlock!.Parent!.Elements<Paragraph>().Count();
    }

    public static TheoryData<string> Shapes => ["complete", "without contents", "without front matter", "cover only"];

    private static DocxManuscript Shape(string shape)
    {
        var full = SampleManuscript.Create();
        return shape switch
        {
            "without contents" => full with { ContentsTitle = null },
            "without front matter" => full with { ContentsTitle = null, Preliminaries = [] },
            "cover only" => full with { Chapters = [] },
            _ => full,
        };
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_document_part_written_chapter_by_chapter_is_the_one_written_from_the_whole_body(string shape)
    {
        var manuscript = Shape(shape);
        var whole = new WholeBody();

        var (streamed, streamedResult) = DocxWriter.Build(manuscript, SampleManuscript.Options);
        var (kept, keptResult) = DocxWriter.Build(manuscript, SampleManuscript.Options with { Extension = whole });

        Assert.True(whole.Paragraphs > 0);
        Assert.Equal(keptResult, streamedResult);
        Assert.Equal(DocumentXml(kept), DocumentXml(streamed));
        using var word = new WordFile(streamed);
        Assert.Equal(whole.Paragraphs, word.Body.Elements<Paragraph>().Count());
    }

    private static byte[] DocumentXml(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var part = zip.GetEntry("word/document.xml")!.Open();
        using var copy = new MemoryStream();
        part.CopyTo(copy);
        return copy.ToArray();
    }
}
