using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering.Docx.Styling;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// `allas build --format docx`: one `{document id}.docx` per document, styled by
/// templates/reference.docx when it is there.
/// </summary>
public sealed class DocxDocumentWriter(string templatesDirectory) : IDocumentWriter
{
    public const string ReferenceName = "reference.docx";

    private Lazy<DocxReference>? prepared;

    public string Format => "docx";

    /// <summary>The Word file, rendered when it is written: straight into its place, never held whole in memory.</summary>
    public IReadOnlyList<OutputFile> Write(Document document, Publication publication) =>
        [new OutputFile($"{document.Id}.docx", stream => DocxWriter.WriteTo(stream, PublicationManuscript.From(document, publication), Options(document, publication)))];

    /// <summary>The package and its page estimate, for callers that report on it.</summary>
    public (byte[] Bytes, DocxResult Result) Build(Document document, Publication publication) =>
        DocxWriter.Build(PublicationManuscript.From(document, publication), Options(document, publication));

    /// <summary>Reads the reference docx (the styles, a few milliseconds of the SDK's setting up).</summary>
    public void Prepare()
    {
        var reference = new Lazy<DocxReference>(() => DocxReference.Resolve(ReferencePath));
        prepared = reference;
        try
        {
            _ = reference.Value;
        }
        catch (Exception)
        {
            // The Lazy keeps the exception: the build reports a bad reference docx when it writes the document.
        }
    }

    private string ReferencePath => Path.Combine(templatesDirectory, ReferenceName);

    private DocxOptions Options(Document document, Publication publication) =>
        PublicationManuscript.Options(document, publication, ReferencePath) with { Reference = prepared?.Value };
}
