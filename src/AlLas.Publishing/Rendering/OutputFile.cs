namespace AlLas.Publishing.Rendering;

/// <summary>
/// One file a writer produced, relative to the output folder; the build writes them all or none.
/// A writer may hand over its bytes, or a way to write them: then the file is rendered straight into
/// its place on disk (see <see cref="AtomicOutput"/>) and never held in memory whole.
/// </summary>
public sealed class OutputFile
{
    private readonly Action<Stream> write;
    private byte[]? content;

    public OutputFile(string relativePath, byte[] content)
    {
        RelativePath = relativePath;
        this.content = content;
        write = stream => stream.Write(content);
    }

    public OutputFile(string relativePath, Action<Stream> write)
    {
        RelativePath = relativePath;
        this.write = write;
    }

    public string RelativePath { get; }

    /// <summary>The file's bytes, for callers that keep them (the preview, tests); a streamed file is rendered on first use.</summary>
    public byte[] Content
    {
        get
        {
            if (content is null)
            {
                using var buffer = new MemoryStream();
                write(buffer);
                content = buffer.ToArray();
            }
            return content;
        }
    }

    /// <summary>Writes the file's bytes to <paramref name="stream"/>, rendering them if the writer left that for now.</summary>
    public void WriteTo(Stream stream) => write(stream);
}
