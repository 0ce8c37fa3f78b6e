using AlLas.Publishing.Content;

namespace AlLas.Publishing.Rendering;

/// <summary>One output format of a document (pandoc's writers): reads the model, never another writer's output.</summary>
public interface IDocumentWriter
{
    /// <summary>"docx", "html": what `allas build --format` calls it.</summary>
    string Format { get; }

    IReadOnlyList<OutputFile> Write(Document document, Publication publication);
}
