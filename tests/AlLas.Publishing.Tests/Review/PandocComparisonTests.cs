using System.Diagnostics;
using System.Text.Json;
using AlLas.Publishing.Review;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Review;

/// <summary>
/// pandoc, a reader nobody here wrote, finds the same comments in the corpus files it reads fully.
/// (pandoc drops comments anchored inside deleted text and comments on a point, so those files are left out.)
/// </summary>
public class PandocComparisonTests
{
    public static TheoryData<string> Files() => new(
        "aspose-words+Aspose.Words-for-.NET/Comments.docx",
        "dotnet+Open-XML-SDK/Comment033.docx",
        "ShayHill+docx2python/test_file_with_comments.docx",
        "dotnet+Open-XML-SDK/crossTableComment.docx",
        "bokuweb+docx-rs/multi_paragraph_comment.docx",
        "aspose-words+Aspose.Words-for-.NET/Revision footnotes.docx");

    [Theory]
    [MemberData(nameof(Files))]
    public void PandocFindsTheSameComments(string path)
    {
        var file = Corpus.Row(path).FullPath;
        var json = Pandoc("-f", "docx", "--track-changes=all", "-t", "json", file);

        var pandocIds = new HashSet<string>();
        Collect(JsonDocument.Parse(json).RootElement, pandocIds);
        var ours = DocxReviewReader.Read(file).Comments.Select(c => c.Id).ToHashSet();

        Assert.NotEmpty(ours);
        Assert.Equal(ours.Order(), pandocIds.Order());
    }

    /// <summary>pandoc marks a comment as a Span with class comment-start and the docx comment id in its attributes.</summary>
    private static void Collect(JsonElement node, HashSet<string> ids)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("t", out var type) && type.GetString() == "Span")
            {
                var attributes = node.GetProperty("c")[0];
                if (attributes[1].EnumerateArray().Any(c => c.GetString() == "comment-start"))
                    foreach (var pair in attributes[2].EnumerateArray())
                        if (pair[0].GetString() == "id") ids.Add(pair[1].GetString()!);
            }
            foreach (var property in node.EnumerateObject()) Collect(property.Value, ids);
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray()) Collect(item, ids);
        }
    }

    private static string Pandoc(params string[] args)
    {
        var info = new ProcessStartInfo("pandoc") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            if (Environment.GetEnvironmentVariable("ALLAS_REQUIRE_TOOLS") == "1")
                Assert.Fail("pandoc is required (ALLAS_REQUIRE_TOOLS=1) but not installed");
            Assert.Skip("pandoc is not installed");
            throw;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"pandoc failed: {stderr}");
            return stdout.Result;
        }
    }
}
