using System.IO.Compression;

namespace AlLas.Publishing.Rendering.Docx.Package;

/// <summary>
/// System.IO.Packaging stamps every zip entry with the current time. The package is copied into a
/// fresh zip with one fixed timestamp and entries in a fixed order, so that identical sources give
/// byte-identical files, and written to a temporary file beside the target before it replaces it.
/// The main document part may be left empty in the package and written straight into the copy.
/// </summary>
public static class DeterministicPackage
{
    /// <summary>The earliest time a zip entry can hold.</summary>
    public static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        using var output = new MemoryStream();
        Assemble(package, output, null, null);
        return output.ToArray();
    }

    /// <summary>
    /// Copies <paramref name="package"/> into a fresh zip written to <paramref name="output"/> (left open),
    /// with the entry named <paramref name="written"/> written by <paramref name="write"/> rather than copied.
    /// </summary>
    public static void Assemble(byte[] package, Stream output, string? written, Action<Stream>? write)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Timestamp;
            using var to = copy.Open();
            if (entry.FullName == written && write is not null)
            {
                write(to);
                continue;
            }
            using var from = entry.Open();
            from.CopyTo(to);
        }
    }
}
