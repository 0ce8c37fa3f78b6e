using System.IO.Compression;
using System.Text;
using System.Xml;

namespace AlLas.Publishing.Review;

/// <summary>
/// Checks a file before the Open XML SDK sees it, so that a bad file gets one clear message:
/// a legacy .doc or a password-protected file (both OLE compound files), something that is not a
/// zip or is cut short, a zip bomb (too many entries, too much expanded data, a suspicious
/// compression ratio: checked on the declared sizes and again while inflating, since headers can
/// lie), XML with a DTD (entity expansion), and a package with no main document.
/// </summary>
public static class DocxPackageGuard
{
    public const int MaxEntries = 10_000;
    public const long MaxExpandedBytes = 512L * 1024 * 1024;
    /// <summary>Real XML deflates 5 to 30 times; text repeated on purpose goes far beyond.</summary>
    public const long MaxRatio = 200;
    /// <summary>Entries smaller than this are not judged by their ratio: a tiny highly-compressed entry is harmless.</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static void Check(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) throw Bad(path, "AL0401", $"no existe el archivo {Path.GetFileName(path)}");
        Faults.FileChecks.RequireInput(path);
        using var stream = File.OpenRead(path);
        Check(stream, path);
    }

    /// <summary>
    /// The same checks on a package already open (a seekable stream, which stays open);
    /// <paramref name="path"/> names it in messages.
    /// </summary>
    public static void Check(Stream docx, string path)
    {
        var name = Path.GetFileName(path);
        var header = new byte[8];
        docx.Position = 0;
        var read = docx.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);

        if (read == 8 && header.AsSpan().SequenceEqual(OleSignature))
        {
            if (HoldsEncryptionInfo(docx))
                throw Bad(path, "AL0403", $"{name} está protegido con contraseña (documento cifrado); guárdelo sin contraseña y vuelva a intentarlo");
            throw Bad(path, "AL0402", $"{name} es un documento de Word antiguo (.doc); guárdelo como .docx y vuelva a intentarlo");
        }
        if (read < 4 || header[0] != 'P' || header[1] != 'K')
            throw Bad(path, "AL0404", $"{name} no es un archivo .docx (no es un archivo zip)");

        docx.Position = 0;
        using var zip = OpenZip(docx, path);
        CheckSizes(path, zip);
        CheckContent(path, zip);
        CheckMainDocument(path, zip);
    }

    private static ZipArchive OpenZip(Stream docx, string path)
    {
        try
        {
            return new ZipArchive(docx, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw Bad(path, "AL0405", $"{Path.GetFileName(path)} está truncado o dañado (el zip no se puede leer: {e.Message})", e);
        }
    }

    private static void CheckSizes(string path, ZipArchive zip)
    {
        var name = Path.GetFileName(path);
        if (zip.Entries.Count > MaxEntries)
            throw Bad(path, "AL0406", $"{name} tiene {zip.Entries.Count} entradas en el zip (máximo {MaxEntries}): no parece un documento de Word");
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > MaxExpandedBytes)
                throw Bad(path, "AL0406", $"{name} se expande a más de {MaxExpandedBytes / (1024 * 1024)} MiB: no se abre (posible bomba zip)");
            if (entry.Length > RatioFloorBytes && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength))
                throw Bad($"{path}:{entry.FullName}", "AL0406",
                    $"{name}: la parte {entry.FullName} se comprime {entry.Length / Math.Max(1, entry.CompressedLength)} a 1 (máximo {MaxRatio}): no se abre (posible bomba zip)");
        }
    }

    /// <summary>Inflates every entry, counting what really comes out, and reads each XML part's prolog.</summary>
    private static void CheckContent(string path, ZipArchive zip)
    {
        var name = Path.GetFileName(path);
        long total = 0;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/')) continue;
            var where = $"{path}:{entry.FullName}";
            try
            {
                using var raw = entry.Open();
                using var counted = new CountingStream(raw, entry.Length, MaxExpandedBytes - total);
                if (IsXml(entry.FullName)) RejectDtd(counted, where, name, entry.FullName);
                while (counted.Read(buffer, 0, buffer.Length) > 0) { }
                total += counted.Count;
            }
            catch (SourceException) { throw; }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                throw Bad(where, "AL0405", $"{name}: la parte {entry.FullName} está dañada o truncada ({e.Message})", e);
            }
        }
    }

    private static void RejectDtd(Stream stream, string where, string name, string part)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            // A DTD can only come before the root element.
            while (reader.Read() && reader.NodeType != XmlNodeType.Element) { }
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw Bad(where, "AL0407", $"{name}: la parte {part} declara una DTD (<!DOCTYPE>), que un documento de Word no usa; no se abre", e);
        }
        catch (XmlException e)
        {
            throw Bad(where, "AL0408", $"{name}: la parte {part} no es XML válido ({e.Message})", e);
        }
    }

    private static void CheckMainDocument(string path, ZipArchive zip)
    {
        var name = Path.GetFileName(path);
        var target = MainDocumentTarget(zip) ?? "word/document.xml";
        if (zip.GetEntry(target) is null)
            throw Bad($"{path}:{target}", "AL0409", $"{name} no tiene la parte {target}: no es un documento de Word");
    }

    /// <summary>The main document is where _rels/.rels says (word/document.xml for every producer we know).</summary>
    private static string? MainDocumentTarget(ZipArchive zip)
    {
        var rels = zip.GetEntry("_rels/.rels");
        if (rels is null) return null;
        using var stream = rels.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            var type = reader.GetAttribute("Type") ?? "";
            if (type.EndsWith("/officeDocument", StringComparison.Ordinal))
                return (reader.GetAttribute("Target") ?? "").TrimStart('/');
        }
        return null;
    }

    private static bool IsXml(string entryName) =>
        entryName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entryName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An encrypted OOXML file is an OLE compound file with an "EncryptionInfo" stream; its directory
    /// stores the name in UTF-16. Finding the name is enough to tell it from a legacy .doc.
    /// </summary>
    private static bool HoldsEncryptionInfo(Stream docx)
    {
        var needle = Encoding.Unicode.GetBytes("EncryptionInfo");
        using var bytes = new MemoryStream();
        docx.Position = 0;
        docx.CopyTo(bytes);
        return bytes.GetBuffer().AsSpan(0, (int)bytes.Length).IndexOf(needle) >= 0;
    }

    private static SourceException Bad(string location, string code, string message, Exception? inner = null) =>
        new(location, code, message, inner);

    /// <summary>Counts inflated bytes and stops past the declared size or the package budget.</summary>
    private sealed class CountingStream(Stream inner, long declared, long budget) : Stream
    {
        public long Count { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            Count += n;
            if (Count > declared || Count > budget)
                throw new InvalidDataException("se expande más de lo que declara (posible bomba zip)");
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
