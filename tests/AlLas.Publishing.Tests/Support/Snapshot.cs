using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace AlLas.Publishing.Tests.Support;

/// <summary>
/// Snapshot tests with Verify's conventions, so that Verify.Xunit can replace this later as a package
/// change: the accepted text lives in &lt;TestFile&gt;.&lt;Member&gt;.verified.&lt;ext&gt; beside the test source;
/// a mismatch writes the actual text to .received.&lt;ext&gt; and fails with a unified diff. Accept a
/// change by renaming received to verified.
/// </summary>
public static class Snapshot
{
    private const int Context = 3;

    /// <param name="variant">Tells apart several snapshots of one test (as Verify's parameters do): &lt;Member&gt;_&lt;variant&gt;.</param>
    public static void Match(
        string actual,
        string extension = "txt",
        string? variant = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string member = "")
    {
        var name = Path.GetFileNameWithoutExtension(sourceFile) + "." + member + (variant is null ? "" : "_" + variant);
        MatchAt(actual, Path.Combine(SourceDirectory(sourceFile), $"{name}.verified.{extension}"));
    }

    /// <summary>The test source's folder; a deterministic build maps it to /_/..., which is the repository root.</summary>
    private static string SourceDirectory(string sourceFile)
    {
        var dir = Path.GetDirectoryName(sourceFile)!;
        if (Directory.Exists(dir)) return dir;
        var mapped = sourceFile.Replace('\\', '/');
        return mapped.StartsWith("/_/", StringComparison.Ordinal)
            ? Path.GetDirectoryName(Path.Combine(RepoPaths.Root, mapped[3..]))!
            : dir;
    }

    /// <summary>Compares with an explicit verified file; its received file sits beside it.</summary>
    public static void MatchAt(string actual, string verifiedPath)
    {
        var received = ReceivedPath(verifiedPath);
        actual = Normalise(actual);

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(received, actual, Utf8);
            Assert.Fail($"No verified snapshot yet: {verifiedPath}\n" +
                        $"Wrote the actual output to {received}; if it is right, accept it:\n" +
                        $"  mv '{received}' '{verifiedPath}'");
        }

        var verified = Normalise(File.ReadAllText(verifiedPath, Utf8));
        if (verified == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, Utf8);
        Assert.Fail($"Snapshot differs from {verifiedPath}\n" +
                    $"Actual output written to {received}; if the change is right, accept it:\n" +
                    $"  mv '{received}' '{verifiedPath}'\n\n" +
                    UnifiedDiff(verified, actual, Path.GetFileName(verifiedPath), Path.GetFileName(received)));
    }

    public static string ReceivedPath(string verifiedPath)
    {
        var file = Path.GetFileName(verifiedPath);
        var at = file.LastIndexOf(".verified.", StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException("a verified snapshot's name holds '.verified.'", nameof(verifiedPath));
        return Path.Combine(Path.GetDirectoryName(verifiedPath)!, file[..at] + ".received." + file[(at + ".verified.".Length)..]);
    }

    /// <summary>Line endings as \n, and exactly one final newline, so that editors and git settings do not matter.</summary>
    public static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    /// <summary>A unified diff (---/+++/@@ hunks with three lines of context) from old to new.</summary>
    public static string UnifiedDiff(string oldText, string newText, string oldName = "verified", string newName = "received")
    {
        // A final newline ends the last line; it does not start an empty one.
        var diff = Differ.Instance.CreateLineDiffs(TrimFinalNewline(oldText), TrimFinalNewline(newText), ignoreWhitespace: false);
        var a = diff.PiecesOld;
        var b = diff.PiecesNew;
        var sb = new StringBuilder().Append("--- ").AppendLine(oldName).Append("+++ ").AppendLine(newName);

        // Blocks closer than twice the context share one hunk, as diff -u does.
        var hunks = new List<List<DiffBlock>>();
        foreach (var block in diff.DiffBlocks)
        {
            var last = hunks.LastOrDefault()?.Last();
            if (last is not null && block.DeleteStartA - (last.DeleteStartA + last.DeleteCountA) <= 2 * Context)
                hunks[^1].Add(block);
            else
                hunks.Add([block]);
        }

        foreach (var hunk in hunks)
        {
            var first = hunk[0];
            var lastBlock = hunk[^1];
            var startA = Math.Max(0, first.DeleteStartA - Context);
            var endA = Math.Min(a.Count, lastBlock.DeleteStartA + lastBlock.DeleteCountA + Context);
            var offset = first.InsertStartB - first.DeleteStartA;
            var startB = startA + offset;
            var lines = new List<string>();
            var countA = 0;
            var countB = 0;
            var i = startA;
            foreach (var block in hunk)
            {
                for (; i < block.DeleteStartA; i++, countA++, countB++) lines.Add(" " + a[i]);
                for (var k = 0; k < block.DeleteCountA; k++, countA++) lines.Add("-" + a[block.DeleteStartA + k]);
                for (var k = 0; k < block.InsertCountB; k++, countB++) lines.Add("+" + b[block.InsertStartB + k]);
                i = block.DeleteStartA + block.DeleteCountA;
            }
            for (; i < endA; i++, countA++, countB++) lines.Add(" " + a[i]);

            sb.Append("@@ -").Append(Range(startA, countA)).Append(" +").Append(Range(startB, countB)).AppendLine(" @@");
            foreach (var line in lines) sb.AppendLine(line);
        }
        return sb.ToString();
    }

    private static string TrimFinalNewline(string text) =>
        text.EndsWith('\n') ? text[..^1] : text;

    private static string Range(int start, int count) => count switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{count}",
    };

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
