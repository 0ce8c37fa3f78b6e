using System.IO.Compression;
using System.Text;
using AlLas.Publishing.Review;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Review;

/// <summary>Every bad input gets one clear SourceException naming the file (and the part, where one is at fault).</summary>
public sealed class BadDocxTests : IDisposable
{
    private const string Sample = "aspose-words+Aspose.Words-for-.NET/Comments.docx";
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private readonly string folder = Directory.CreateTempSubdirectory("allas-bad-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void NotAZip()
    {
        var path = Write("notas.docx", Encoding.UTF8.GetBytes("Esto es texto, no un documento."));
        var e = Rejected(path, "AL0404");
        Assert.Contains("no es un archivo zip", e.Message);
    }

    [Fact]
    public void TruncatedZip()
    {
        var bytes = File.ReadAllBytes(Corpus.Row(Sample).FullPath);
        var path = Write("cortado.docx", bytes[..(bytes.Length / 2)]);
        var e = Rejected(path, "AL0405");
        Assert.Contains("truncado", e.Message);
    }

    [Fact]
    public void LegacyDoc()
    {
        var path = Write("antiguo.docx", [.. Ole, .. new byte[1024]]);
        var e = Rejected(path, "AL0402");
        Assert.Contains(".doc", e.Message);
    }

    [Fact]
    public void PasswordProtected()
    {
        // An encrypted OOXML file is an OLE compound file whose directory names an EncryptionInfo stream.
        var directoryEntry = Encoding.Unicode.GetBytes("EncryptionInfo");
        var path = Write("cifrado.docx", [.. Ole, .. new byte[504], .. directoryEntry, .. new byte[1024]]);
        var e = Rejected(path, "AL0403");
        Assert.Contains("protegido con contraseña", e.Message);
    }

    [Fact]
    public void TooManyEntries()
    {
        var path = Path.Combine(folder, "entradas.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            for (var i = 0; i < 20_000; i++) zip.CreateEntry($"word/media/e{i}.xml", CompressionLevel.NoCompression);
        var e = Rejected(path, "AL0406");
        Assert.Contains("20000 entradas", e.Message);
    }

    [Fact]
    public void OneGibibyteOfZeros()
    {
        var path = Path.Combine(folder, "bomba.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var block = new byte[1 << 20];
            for (var i = 0; i < 1024; i++) entry.Write(block);
        }
        Assert.True(new FileInfo(path).Length < 16 << 20, "the bomb itself should be small");
        var e = Rejected(path, "AL0406");
        Assert.Contains("bomba zip", e.Message);
    }

    [Fact]
    public void SuspiciousCompressionRatio()
    {
        var path = Path.Combine(folder, "ratio.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            entry.Write(new byte[64 << 20]);
        }
        var e = Rejected(path, "AL0406");
        Assert.Contains("word/document.xml", e.Location);
    }

    [Fact]
    public void MissingMainDocument()
    {
        var path = CopyOfSample("sin-documento.docx", (name, _) => name == "word/document.xml" ? null : _);
        var e = Rejected(path, "AL0409");
        Assert.Contains("word/document.xml", e.Message);
        Assert.EndsWith(":word/document.xml", e.Location);
    }

    [Fact]
    public void XmlWithADtd()
    {
        var path = CopyOfSample("dtd.docx", (name, xml) => name != "word/comments.xml" ? xml :
            xml.Replace("?>", "?><!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>", StringComparison.Ordinal));
        var e = Rejected(path, "AL0407");
        Assert.Contains("word/comments.xml", e.Message);
        Assert.Contains("DTD", e.Message);
    }

    /// <summary>Refused with the code, read from the file and from the same bytes in memory alike.</summary>
    private SourceException Rejected(string path, string code)
    {
        var e = Assert.Throws<SourceException>(() => DocxReviewReader.Read(path));
        Assert.Equal(code, e.Code);
        Assert.Contains(Path.GetFileName(path), e.Message);
        Assert.StartsWith(path, e.Location);

        using var memory = new MemoryStream(File.ReadAllBytes(path), writable: false);
        var fromMemory = Assert.Throws<SourceException>(() => DocxReviewReader.Read(memory, path));
        Assert.Equal((e.Code, e.Location, e.Message), (fromMemory.Code, fromMemory.Location, fromMemory.Message));
        return e;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A copy of a real file with its XML parts rewritten (null drops the part), streamed entry by entry.</summary>
    private string CopyOfSample(string name, Func<string, string, string?> rewrite)
    {
        var path = Path.Combine(folder, name);
        using var source = ZipFile.OpenRead(Corpus.Row(Sample).FullPath);
        using var target = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            string? xml = null;
            if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal))
            {
                using var reader = new StreamReader(entry.Open());
                xml = rewrite(entry.FullName, reader.ReadToEnd());
                if (xml is null) continue;
            }
            using var output = target.CreateEntry(entry.FullName).Open();
            if (xml is not null) output.Write(Encoding.UTF8.GetBytes(xml));
            else
            {
                using var input = entry.Open();
                input.CopyTo(output);
            }
        }
        return path;
    }
}
