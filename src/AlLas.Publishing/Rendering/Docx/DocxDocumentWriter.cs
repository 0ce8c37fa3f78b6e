using AlLas.Publishing.Content;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// `allas build --format docx`: one `{document id}.docx` per document, styled by
/// templates/reference.docx when it is there.
/// </summary>
public sealed class DocxDocumentWriter(string templatesDirectory) : IDocumentWriter
{
    public const string ReferenceName = "reference.docx";

    public string Format => "docx";

    /// <summary>The Word file, rendered when it is written: straight into its place, never held whole in memory.</summary>
    public IReadOnlyList<OutputFile> Write(Document document, Publication publication) =>
        [new OutputFile($"{document.Id}.docx", stream => DocxWriter.WriteTo(stream, PublicationManuscript.From(document, publication), Options(document, publication)))];

    /// <summary>The package and its page estimate, for callers that report on it.</summary>
    public (byte[] Bytes, DocxResult Result) Build(Document document, Publication publication) =>
        DocxWriter.Build(PublicationManuscript.From(document, publication), Options(document, publication));

    private DocxOptions Options(Document document, Publication publication) =>
        PublicationManuscript.Options(document, publication, Path.Combine(templatesDirectory, ReferenceName));
}
