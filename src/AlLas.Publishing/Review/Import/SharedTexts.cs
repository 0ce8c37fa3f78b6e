using System.Buffers;
using System.Text;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// The paragraph texts of a returned file. The release's paragraphs, read back from the kept draft,
/// read as the reviewer's do but for the few a reviewer edited: each takes the returned file's string
/// that reads the same, so that the text of both drafts is held once, not twice.
/// </summary>
public sealed class SharedTexts
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> texts;

    public SharedTexts(IEnumerable<string> texts) =>
        this.texts = new HashSet<string>(texts, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static SharedTexts None { get; } = new([]);

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> wrote it (UTF-8): the shared one when one reads the same.</summary>
    public string Read(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        if (length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position) throw new InvalidDataException("longitud no válida");
        if (length == 0) return "";
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        var chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            // BinaryReader reads no further than each value it is asked for: the text's bytes come next in its stream.
            reader.BaseStream.ReadExactly(bytes, 0, length);
            var text = chars.AsSpan(0, Encoding.UTF8.GetChars(bytes.AsSpan(0, length), chars));
            return texts.TryGetValue(text, out var shared) ? shared : new string(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
