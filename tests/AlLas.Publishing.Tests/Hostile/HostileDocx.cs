using System.IO.Compression;
using System.Text;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Hostile;

/// <summary>Hostile variants of one real reviewed docx of the corpus, made on the fly (never committed).</summary>
public static class HostileDocx
{
    /// <summary>Word 2016 comments with replies: comments.xml, commentsExtended.xml, commentsIds.xml, people.xml.</summary>
    public const string Sample = "aspose-words+Aspose.Words-for-.NET/Comments.docx";

    public static string SamplePath
    {
        get
        {
            if (!Corpus.Exists) Assert.Skip($"the review corpus is not at {Corpus.Directory}");
            return Corpus.Row(Sample).FullPath;
        }
    }

    /// <summary>A copy of <paramref name="source"/> with its entries rewritten (null drops one) and <paramref name="added"/> appended.</summary>
    public static string Rewrite(string source, string path, Func<string, byte[], byte[]?> rewrite, IReadOnlyDictionary<string, byte[]>? added = null)
    {
        using (var from = ZipFile.OpenRead(source))
        using (var to = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var entry in from.Entries)
            {
                using var buffer = new MemoryStream();
                using (var input = entry.Open()) input.CopyTo(buffer);
                if (rewrite(entry.FullName, buffer.ToArray()) is not { } bytes) continue;
                using var output = to.CreateEntry(entry.FullName).Open();
                output.Write(bytes);
            }
            foreach (var (name, bytes) in added ?? new Dictionary<string, byte[]>())
            {
                using var output = to.CreateEntry(name).Open();
                output.Write(bytes);
            }
        }
        return path;
    }

    /// <summary>One XML part's text replaced through <paramref name="edit"/>.</summary>
    public static string EditPart(string path, string part, Func<string, string> edit) =>
        Rewrite(SamplePath, path, (name, bytes) => name == part ? Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(bytes))) : bytes);

    /// <summary>A part's root start tag (with every namespace) and its end tag, its children replaced by <paramref name="children"/>.</summary>
    public static string Children(string xml, string firstChild, string children)
    {
        var start = xml.IndexOf(firstChild, StringComparison.Ordinal);
        var end = xml.LastIndexOf("</", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, $"no {firstChild} in the part");
        return xml[..start] + children + xml[end..];
    }
}
