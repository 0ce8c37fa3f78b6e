using System.Security.Cryptography;
using System.Text;

namespace AlLas.Publishing.Releases;

/// <summary>
/// A file the toolkit keeps beside a release, in the repository's git folder (.git/allas/versiones/),
/// which git never tracks and a clone does not copy. Each file starts with the key it was made for and
/// the SHA-256 of what follows: one read back under another key, damaged, cut short or unreadable counts
/// as missing and is made again.
/// </summary>
public static class ReleaseCacheFile
{
    private const int SumLength = 32;

    /// <summary>
    /// The file's contents, or null when there is none for this key or it cannot be read.
    /// <paramref name="decode"/> throws <see cref="InvalidDataException"/> on anything it does not expect.
    /// </summary>
    public static T? Read<T>(string root, string kind, string document, string label, string key, Func<BinaryReader, T> decode) where T : class
    {
        if (Folder(root, kind) is not { } folder) return null;
        var path = Path.Combine(folder, FileName(document, label, key));
        if (!File.Exists(path)) return null;
        try
        {
            using var file = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (file.ReadString() != key) return null;
            var sum = file.ReadBytes(SumLength);
            var contents = file.ReadBytes(checked((int)(file.BaseStream.Length - file.BaseStream.Position)));
            if (!SHA256.HashData(contents).AsSpan().SequenceEqual(sum)) return null;
            using var reader = new BinaryReader(new MemoryStream(contents, writable: false), Encoding.UTF8);
            var value = decode(reader);
            return reader.BaseStream.Position == contents.Length ? value : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or ArgumentException
            or IndexOutOfRangeException or UnauthorizedAccessException or System.Xml.XmlException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Keeps a file for this key; files of the same release under other keys go. A file that cannot be written is no error.</summary>
    public static void Write(string root, string kind, string document, string label, string key, Action<BinaryWriter> encode)
    {
        if (Folder(root, kind) is not { } folder) return;
        try
        {
            Directory.CreateDirectory(folder);
            var name = FileName(document, label, key);
            var temp = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
            try
            {
                var contents = new MemoryStream();
                using (var writer = new BinaryWriter(contents, Encoding.UTF8, leaveOpen: true)) encode(writer);
                using (var file = new BinaryWriter(File.Create(temp), Encoding.UTF8))
                {
                    file.Write(key);
                    file.Write(SHA256.HashData(contents.GetBuffer().AsSpan(0, (int)contents.Length)));
                    file.Write(contents.GetBuffer(), 0, (int)contents.Length);
                }
                File.Move(temp, Path.Combine(folder, name), overwrite: true);
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
            foreach (var stale in Directory.GetFiles(folder, Prefix(document, label) + "*.bin"))
                if (Path.GetFileName(stale) != name) File.Delete(stale);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A count read back: every entry takes at least a byte, so a count past the end of the file is damage.</summary>
    public static int Count(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        if (n < 0 || n > reader.BaseStream.Length - reader.BaseStream.Position) throw new InvalidDataException("recuento no válido");
        return n;
    }

    /// <summary>What any kept file depends on besides its release: the code that made it (a deterministic build's id changes with the code and its libraries).</summary>
    public static string BuildId => typeof(ReleaseCacheFile).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>.git/allas/versiones[/kind] of the repository (its own git folder for a worktree); null outside git.</summary>
    private static string? Folder(string root, string kind)
    {
        if (Content.GitHeadFiles.GitDirectoryOf(root) is not { } gitDir) return null;
        var folder = Path.Combine(gitDir, "allas", ReleaseRecord.Folder);
        return kind.Length == 0 ? folder : Path.Combine(folder, kind);
    }

    private static string Prefix(string document, string label) => $"{document}-{label}-";

    private static string FileName(string document, string label, string key) =>
        Prefix(document, label) + ReleaseBuilder.Sha256(Encoding.UTF8.GetBytes(key))[..16] + ".bin";
}
