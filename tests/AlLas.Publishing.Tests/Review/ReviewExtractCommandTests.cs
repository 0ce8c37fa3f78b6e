using System.Text.Json;
using AlLas.Publishing.Cli;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Review;

/// <summary>`allas review extract` run in-process, its JSON read as another tool would.</summary>
public sealed class ReviewExtractCommandTests : IDisposable
{
    private static readonly string[] Kinds =
    [
        "insert", "delete", "move-from", "move-to", "format", "paragraph-format", "paragraph-insert", "paragraph-delete",
        "row-insert", "row-delete", "cell-insert", "cell-delete", "untracked-edit",
    ];

    private readonly string folder = Directory.CreateTempSubdirectory("allas-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void JsonFollowsTheContract()
    {
        var row = Corpus.Row("aspose-words+Aspose.Words-for-.NET/Comments.docx");
        var (code, stdout, stderr) = Run("review", "extract", row.FullPath, "--format", "json");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(["comments", "revisions"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var comments = json.RootElement.GetProperty("comments").EnumerateArray().ToList();
        Assert.Equal(row.Int("comments"), comments.Count);
        Assert.Equal(row.Int("replies"), comments.Count(c => c.GetProperty("parent").ValueKind == JsonValueKind.String));
        Assert.Equal(row.Int("resolved"), comments.Count(c => c.GetProperty("resolved").GetBoolean()));
        Assert.All(comments, c =>
        {
            Assert.Equal(["id", "parent", "author", "initials", "date", "resolved", "text", "quote", "location"], c.EnumerateObject().Select(p => p.Name));
            Assert.True(DateTimeOffset.TryParse(c.GetProperty("date").GetString(), out _));
            Assert.Equal(["part", "paragraph", "start", "endParagraph", "end", "paragraphText"],
                c.GetProperty("location").EnumerateObject().Select(p => p.Name));
        });
        var ids = comments.Select(c => c.GetProperty("id").GetString()).ToHashSet();
        Assert.All(comments.Where(c => c.GetProperty("parent").ValueKind == JsonValueKind.String),
            c => Assert.Contains(c.GetProperty("parent").GetString(), ids));
        Assert.Contains(comments, c => c.GetProperty("author").GetString() == "Вячеслав Дерюшев");
    }

    [Fact]
    public void RevisionKindsAreTheContractsWords()
    {
        var row = Corpus.Row("OpenXmlDev+Open-Xml-PowerTools/RA001-Tracked-Revisions-01.docx");
        var (code, stdout, stderr) = Run("review", "extract", row.FullPath);

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var revisions = json.RootElement.GetProperty("revisions").EnumerateArray().ToList();
        Assert.All(revisions, r =>
        {
            Assert.Equal(["kind", "author", "date", "text", "location"], r.EnumerateObject().Select(p => p.Name));
            Assert.Contains(r.GetProperty("kind").GetString(), Kinds);
        });
        var found = revisions.Select(r => r.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "insert", "delete", "move-from", "move-to", "paragraph-insert", "paragraph-delete", "row-insert", "row-delete", "format", "paragraph-format" }, found);
    }

    [Fact]
    public void MarkdownSummaryInSpanishWrittenToAFile()
    {
        var row = Corpus.Row("aspose-words+Aspose.Words-for-.NET/Revisions.docx");
        var output = Path.Combine(folder, "revision.md");
        var (code, stdout, stderr) = Run("review", "extract", row.FullPath, "--format", "md", "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Equal("", stdout);
        var md = File.ReadAllText(output);
        Assert.Contains("## Comentarios", md);
        Assert.Contains("## Cambios", md);
        Assert.Contains("| movido desde |", md);
        Assert.Equal([Path.GetFileName(output)], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void BadFileExitsWithTwoAndWritesNothing()
    {
        var bad = Path.Combine(folder, "roto.docx");
        File.WriteAllText(bad, "no soy un zip");
        var output = Path.Combine(folder, "salida.json");

        var (code, stdout, stderr) = Run("review", "extract", bad, "--format", "json", "--out", output);

        Assert.Equal(AllasCli.BadInput, code);
        Assert.Equal("", stdout);
        Assert.Contains("roto.docx", stderr);
        Assert.Contains("AL0404", stderr);
        Assert.False(File.Exists(output));
        Assert.Equal(["roto.docx"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = AllasCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
