using AlLas.Publishing.Content;

namespace AlLas.Publishing.Rendering;

/// <summary>One output format of a document (pandoc's writers): reads the model, never another writer's output.</summary>
public interface IDocumentWriter
{
    /// <summary>"docx", "html": what `allas build --format` calls it.</summary>
    string Format { get; }

    IReadOnlyList<OutputFile> Write(Document document, Publication publication);

    /// <summary>
    /// Reads now what the writer takes from outside the sources (the reference docx), so that a build can have it
    /// read on another thread while the sources load. Optional: a writer not prepared reads it when it writes; one
    /// prepared keeps what it read until it is prepared again.
    /// </summary>
    void Prepare() { }
}
