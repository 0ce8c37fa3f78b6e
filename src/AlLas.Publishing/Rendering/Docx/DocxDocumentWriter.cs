using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering.Docx.Styling;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// `allas build --format docx`: one `{document id}.docx` per document, styled by
/// templates/reference.docx when it is there. Given LibreOffice (<paramref name="layout"/>), the
/// table of contents carries the pages of LibreOffice's layout of the draft, else estimated ones.
/// </summary>
public sealed class DocxDocumentWriter(string templatesDirectory, Pdf.LibreOfficePdf? layout = null) : IDocumentWriter
{
    public const string ReferenceName = "reference.docx";

    private Lazy<DocxReference>? prepared;

    public string Format => "docx";

    /// <summary>Documents whose contents carry LibreOffice's pages, and why the others carry estimates.</summary>
    public List<string> LaidOut { get; } = [];

    public List<string> Estimated { get; } = [];

    /// <summary>
    /// The Word file, rendered when it is written: straight into its place, never held whole in memory.
    /// With LibreOffice, first rendered once for LibreOffice to lay out.
    /// </summary>
    public IReadOnlyList<OutputFile> Write(Document document, Publication publication)
    {
        var options = Options(document, publication);
        var name = $"{document.Id}.docx";
        if (layout is not null)
        {
            try
            {
                var (draft, _) = DocxWriter.Build(PublicationManuscript.From(document, publication), options);
                options = options with { ContentsPages = layout.ContentsPages(draft, name) };
                LaidOut.Add(document.Id);
            }
            catch (SourceException e)
            {
                Estimated.Add($"{document.Id}: {e.Message}");
            }
        }
        return [new OutputFile(name, stream => DocxWriter.WriteTo(stream, PublicationManuscript.From(document, publication), options))];
    }

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
