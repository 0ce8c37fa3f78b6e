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

    public IReadOnlyList<OutputFile> Write(Document document, Publication publication)
    {
        var (bytes, _) = Build(document, publication);
        return [new OutputFile($"{document.Id}.docx", bytes)];
    }

    /// <summary>The package and its page estimate, for callers that report on it.</summary>
    public (byte[] Bytes, DocxResult Result) Build(Document document, Publication publication) =>
        DocxWriter.Build(
            PublicationManuscript.From(document, publication),
            PublicationManuscript.Options(document, publication, Path.Combine(templatesDirectory, ReferenceName)));
}
