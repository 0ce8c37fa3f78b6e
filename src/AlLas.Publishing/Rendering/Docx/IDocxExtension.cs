namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// A way into the writing of one Word file for what the plain draft does not need (the redline):
/// Attach sees the renderer before any chapter is rendered, Complete sees the finished body,
/// footnotes and table of contents before the package is closed.
/// </summary>
public interface IDocxExtension
{
    void Attach(DocxRenderer renderer);

    void Complete(DocxRenderer renderer);
}
