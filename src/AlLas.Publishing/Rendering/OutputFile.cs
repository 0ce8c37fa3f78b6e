namespace AlLas.Publishing.Rendering;

/// <summary>One file a writer produced, relative to the output folder; the build writes them all or none.</summary>
public sealed record OutputFile(string RelativePath, byte[] Content)
{
    /// <summary>
    /// Set for a file too large to hold whole (a long document's HTML page): writes the content to the stream
    /// it is given as it is produced; Content is then empty. <see cref="WriteTo"/> serves both kinds.
    /// </summary>
    public Action<Stream>? Producer { get; init; }

    public static OutputFile Streamed(string relativePath, Action<Stream> produce) => new(relativePath, []) { Producer = produce };

    public void WriteTo(Stream stream)
    {
        if (Producer is { } produce) produce(stream);
        else stream.Write(Content);
    }
}
