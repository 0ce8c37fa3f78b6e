using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Tools;

public class SnapshotTests
{
    [Fact]
    public void A_matching_text_passes_whatever_its_line_endings_and_clears_a_stale_received_file()
    {
        using var tmp = RepoPaths.NewTempDir();
        var verified = tmp.File("Caso.Prueba.verified.xml");
        File.WriteAllText(verified, "<a>\n  <b/>\n</a>\n");
        File.WriteAllText(tmp.File("Caso.Prueba.received.xml"), "viejo");

        Snapshot.MatchAt("<a>\r\n  <b/>\r\n</a>", verified);

        Assert.False(File.Exists(tmp.File("Caso.Prueba.received.xml")));
    }

    [Fact]
    public void A_mismatch_writes_the_received_file_and_fails_with_a_diff()
    {
        using var tmp = RepoPaths.NewTempDir();
        var verified = tmp.File("Caso.Prueba.verified.txt");
        var lines = Enumerable.Range(1, 20).Select(i => $"línea {i}").ToList();
        File.WriteAllText(verified, string.Join("\n", lines));
        lines[9] = "línea diez";
        var actual = string.Join("\n", lines);

        var failure = Assert.ThrowsAny<Exception>(() => Snapshot.MatchAt(actual, verified));

        var received = tmp.File("Caso.Prueba.received.txt");
        Assert.Equal(actual + "\n", File.ReadAllText(received));
        Assert.Contains("mv '" + received + "' '" + verified + "'", failure.Message);
        Assert.Contains("@@ -7,7 +7,7 @@\n línea 7\n línea 8\n línea 9\n-línea 10\n+línea diez\n línea 11\n", failure.Message.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("línea 3\n", failure.Message.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_verified_file_fails_and_says_how_to_accept()
    {
        using var tmp = RepoPaths.NewTempDir();
        var verified = tmp.File("Caso.Nuevo.verified.html");

        var failure = Assert.ThrowsAny<Exception>(() => Snapshot.MatchAt("<p>hola</p>", verified));

        Assert.Equal("<p>hola</p>\n", File.ReadAllText(tmp.File("Caso.Nuevo.received.html")));
        Assert.Contains("No verified snapshot", failure.Message);
        Assert.False(File.Exists(verified));
    }

    [Fact]
    public void Match_reads_the_verified_file_named_after_the_test_beside_its_source()
    {
        Snapshot.Match("<p>Texto fijado.</p>\n", "html");
        Snapshot.Match("segunda instantánea", variant: "b");
    }

    [Fact]
    public void Names_follow_verify_beside_the_test_source()
    {
        Assert.Equal("/t/X.M_v.received.txt", Snapshot.ReceivedPath("/t/X.M_v.verified.txt"));
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(1, 60)]
    [InlineData(2, 60)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    public void The_diff_has_the_hunks_diff_u_prints(int seed, int lineCount)
    {
        var diffTool = ExternalTool.Find("diff");
        if (diffTool is null) ExternalTool.Unavailable("diff", "apt-get install diffutils");
        var random = new Random(seed);
        var old = Enumerable.Range(0, lineCount).Select(i => $"l{i}").ToList();
        var changed = old.ToList();
        for (var k = 0; k < Math.Min(5, lineCount); k++)
        {
            var at = random.Next(changed.Count);
            switch (random.Next(3))
            {
                case 0: changed.RemoveAt(at); break;
                case 1: changed.Insert(at, $"nueva{k}"); break;
                default: changed[at] = $"cambiada{k}"; break;
            }
        }
        using var tmp = RepoPaths.NewTempDir();
        var a = string.Join("\n", old) + "\n";
        var b = string.Join("\n", changed) + "\n";
        File.WriteAllText(tmp.File("a"), a);
        File.WriteAllText(tmp.File("b"), b);

        var expected = ExternalTool.Run(diffTool, ["-u", "a", "b"], tmp.Path).StdOut;
        var ours = Snapshot.UnifiedDiff(a, b);

        Assert.Equal(Hunks(expected), Hunks(ours));
    }

    private static string Hunks(string unified) =>
        string.Join("\n", unified.ReplaceLineEndings("\n").Split('\n').SkipWhile(l => !l.StartsWith("@@")).Where(l => l.Length > 0));
}
