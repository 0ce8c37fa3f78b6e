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
    /// <summary>Elements inside one another in any XML part; real documents (tables in tables, text boxes) stay under 40.</summary>
    public const int MaxXmlDepth = 128;
    /// <summary>Comments in the package; the corpus of real reviewed files holds at most a few hundred.</summary>
    public const long MaxComments = 10_000;
    /// <summary>Tracked changes (insertions, deletions, moves, format changes) in the package.</summary>
    public const long MaxRevisions = 100_000;

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
        CheckRelationships(path, zip);
    }

    private static ZipArchive OpenZip(Stream docx, string path)
    {
        try
        {
            var zip = new ZipArchive(docx, ZipArchiveMode.Read, leaveOpen: true);
            try
            {
                // The central directory is read on first use: a damaged one fails here, not later.
                _ = zip.Entries.Count;
                return zip;
            }
            catch
            {
                zip.Dispose();
                throw;
            }
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
        long comments = 0;
        long revisions = 0;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/')) continue;
            var where = $"{path}:{entry.FullName}";
            try
            {
                using var raw = entry.Open();
                var shape = IsXml(entry.FullName) ? new XmlShape(entry.FullName) : null;
                using var counted = new CountingStream(raw, entry.Length, MaxExpandedBytes - total, shape);
                if (shape is not null) RejectDtd(counted, where, name, entry.FullName);
                while (counted.Read(buffer, 0, buffer.Length) > 0) { }
                total += counted.Count;
                if (shape is null) continue;
                if (shape.DeepestDepth > MaxXmlDepth)
                    throw Bad(where, "AL0415", $"{name}: la parte {entry.FullName} anida elementos a {shape.DeepestDepth} niveles (máximo {MaxXmlDepth}): no parece un documento de Word; no se abre");
                comments += shape.Comments;
                revisions += shape.Revisions;
                if (comments > MaxComments)
                    throw Bad(where, "AL0416", $"{name} tiene más de {MaxComments} comentarios: no se lee (divida la revisión en varios archivos)");
                if (revisions > MaxRevisions)
                    throw Bad(where, "AL0416", $"{name} tiene más de {MaxRevisions} cambios registrados: no se lee (acepte o rechace parte de ellos en Word y vuelva a intentarlo)");
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

    /// <summary>
    /// Every part a relationship names inside the package must be there and inside it: a reader that
    /// follows a relationship to a missing part, or to ../../etc/passwd, fails far from the cause.
    /// </summary>
    private static void CheckRelationships(string path, ZipArchive zip)
    {
        var name = Path.GetFileName(path);
        var parts = new HashSet<string>(zip.Entries.Select(e => e.FullName), StringComparer.OrdinalIgnoreCase);
        foreach (var rels in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            var source = SourceFolder(rels.FullName);
            foreach (var (_, target, mode) in Relationships(path, rels))
            {
                if (string.Equals(mode, "External", StringComparison.OrdinalIgnoreCase)) continue;
                if (string.IsNullOrEmpty(target)) continue;
                var resolved = Resolve(source, target);
                if (resolved is null)
                    throw Bad($"{path}:{rels.FullName}", "AL0413", $"{name}: la parte {rels.FullName} apunta fuera del paquete ({target}): no se abre");
                if (!parts.Contains(resolved))
                    throw Bad($"{path}:{resolved}", "AL0413", $"{name}: falta la parte {resolved}, que nombra {rels.FullName}: el documento está incompleto o dañado");
            }
        }
    }

    /// <summary>Type, target and target mode of each relationship of a .rels part, read whole first so that bad XML is refused as such.</summary>
    private static List<(string Type, string Target, string? Mode)> Relationships(string path, ZipArchiveEntry rels)
    {
        var found = new List<(string, string, string?)>();
        try
        {
            using var stream = rels.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
                found.Add((reader.GetAttribute("Type") ?? "", reader.GetAttribute("Target") ?? "", reader.GetAttribute("TargetMode")));
            }
        }
        catch (XmlException e)
        {
            throw Bad($"{path}:{rels.FullName}", "AL0408", $"{Path.GetFileName(path)}: la parte {rels.FullName} no es XML válido ({e.Message})", e);
        }
        return found;
    }

    /// <summary>The folder a .rels part's targets are relative to: word/_rels/document.xml.rels speaks for word/.</summary>
    private static string SourceFolder(string rels)
    {
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(rels.Replace('\\', '/')))?.Replace('\\', '/') ?? "";
        return folder.Length == 0 ? "" : folder + "/";
    }

    /// <summary>A relationship's target as a part name, or null when it climbs out of the package.</summary>
    private static string? Resolve(string sourceFolder, string target)
    {
        var cut = target.IndexOfAny(['#', '?']);
        if (cut >= 0) target = target[..cut];
        target = Uri.UnescapeDataString(target).Replace('\\', '/');
        var segments = new List<string>();
        foreach (var segment in (target.StartsWith('/') ? target : sourceFolder + target).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return string.Join('/', segments);
    }

    private static void CheckMainDocument(string path, ZipArchive zip)
    {
        var name = Path.GetFileName(path);
        var target = MainDocumentTarget(path, zip) ?? "word/document.xml";
        if (zip.GetEntry(target) is null)
            throw Bad($"{path}:{target}", "AL0409", $"{name} no tiene la parte {target}: no es un documento de Word");
    }

    /// <summary>The main document is where _rels/.rels says (word/document.xml for every producer we know).</summary>
    private static string? MainDocumentTarget(string path, ZipArchive zip)
    {
        var rels = zip.GetEntry("_rels/.rels");
        if (rels is null) return null;
        foreach (var (type, target, _) in Relationships(path, rels))
        {
            if (type.EndsWith("/officeDocument", StringComparison.Ordinal))
                return target.TrimStart('/');
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
    private sealed class CountingStream(Stream inner, long declared, long budget, XmlShape? shape) : Stream
    {
        public long Count { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            Count += n;
            shape?.Feed(buffer.AsSpan(offset, n));
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
