using AlLas.Publishing.Rendering.Docx.Package;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// The body of the Word file as the writer fills it. Finished blocks are laid out for the page
/// estimate and, unless something still needs the whole tree (an extension such as the redline),
/// written out and dropped, so that a long document never sits in memory as one tree. The front
/// matter, up to the table of contents, stays until the end, when the contents are filled in.
/// </summary>
internal sealed class StreamedBody : IDisposable
{
    private readonly bool streaming;
    private PageEstimator? estimator;
    private BodySpill? spill;
    private OpenXmlElement? held;
    private bool heldLaidOut;

    /// <param name="streaming">False keeps the whole body as one tree until the file is written.</param>
    public StreamedBody(bool streaming)
    {
        this.streaming = streaming;
        Body = new Body();
        Root = new Document(Body);
        // Declared once on the root rather than on every element that uses them.
        Root.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        Root.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        Root.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        Root.AddNamespaceDeclaration("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
    }

    public Document Root { get; }

    public Body Body { get; }

    public void Start(PageEstimator pageEstimator) => estimator = pageEstimator;

    /// <summary>The body's blocks up to <paramref name="lastOfFront"/> stay in the tree until the file is written.</summary>
    public void Hold(OpenXmlElement lastOfFront) => held = lastOfFront;

    /// <summary>
    /// Lets go of every finished block but the last, which a section break or a following table may
    /// still change. Call between chapters, when no paragraph is open.
    /// </summary>
    public void Flush()
    {
        if (streaming) Release(keepLast: true);
    }

    /// <summary>Lays out what is left of the body: the page estimate of the whole file.</summary>
    public PageEstimator.Result Finish()
    {
        if (streaming)
        {
            Release(keepLast: false);
        }
        else
        {
            foreach (var block in Body.ChildElements) Estimator.Add(block);
        }
        return Estimator.Finish();
    }

    /// <summary>Writes document.xml: the blocks still held, then those already let go of.</summary>
    public void WriteTo(Stream stream) => DocumentXml.Write(stream, Root, Body, spill);

    public void Dispose() => spill?.Dispose();

    private PageEstimator Estimator => estimator ?? throw new InvalidOperationException("the page estimate has not started");

    private void Release(bool keepLast)
    {
        var block = Body.FirstChild;
        if (held is not null)
        {
            for (; !heldLaidOut && block is not null; block = block.NextSibling())
            {
                Estimator.Add(block);
                if (ReferenceEquals(block, held)) heldLaidOut = true;
            }
            block = held.NextSibling();
        }
        while (block is not null && !(keepLast && ReferenceEquals(block, Body.LastChild)))
        {
            var next = block.NextSibling();
            Estimator.Add(block);
            (spill ??= new BodySpill(Root, Body)).Write(block);
            block.Remove();
            block = next;
        }
    }
}
