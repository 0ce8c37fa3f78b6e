using System.Text.RegularExpressions;
using AlLas.Publishing.Cli;
using AlLas.Publishing.Content;
using AlLas.Publishing.Generation;
using AlLas.Publishing.Rendering;
using AlLas.Publishing.Tests.Releases;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Content;

/// <summary>
/// Sources saved on Windows end their lines with CR LF (Notepad, Word's "plain text", git with autocrlf). They are
/// the same sources: the same drafts, byte for byte, and every diagnostic and review item at the same line and column.
/// </summary>
public sealed class CrlfSourcesTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void Both_documents_with_CRLF_sources_build_byte_for_byte_as_with_LF()
    {
        using var lf = new RealPublication();
        using var crlf = new RealPublication();
        Assert.True(ToCrlf(crlf.PathOf("content")) > 10, "the real content should have sources to convert");

        var expected = Build(lf.Root);
        var actual = Build(crlf.Root);

        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.Contains(expected.Keys, f => f.EndsWith(".docx", StringComparison.Ordinal));
        foreach (var (file, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[file]), $"{file} differs when the sources end lines with CR LF");
    }

    [Fact]
    public void Diagnostics_name_the_same_line_and_column_in_CRLF_sources()
    {
        using var lf = new MiniPublication();
        using var crlf = new MiniPublication();
        foreach (var mini in new[] { lf, crlf })
        {
            mini.Replace("content/informe/01-oficinas.md", "Véase @fig-ciclo", "Véase @fig-nada");
            mini.Replace("content/informe/00-presentacion.md", "\n\n", "\n\n{{ publication.nada.mas }}\n\n");
        }
        ToCrlf(crlf.PathOf("content"));

        var expected = Allas.Run(lf.Root, "check", "--json");
        var actual = Allas.Run(crlf.Root, "check", "--json");

        Assert.Equal(1, expected.ExitCode);
        Assert.Contains("\"line\": 12", expected.StdOut.Replace("\"line\":12", "\"line\": 12"));
        Assert.Equal(expected.StdOut, actual.StdOut);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
    }

    [Fact]
    public void A_review_of_a_draft_from_CRLF_sources_maps_to_the_same_places()
    {
        var registers = new List<IReadOnlyDictionary<string, string>>();
        foreach (var windows in new[] { false, true })
        {
            using var repo = PublicationRepo.Mini();
            if (windows)
            {
                ToCrlf(repo.PathOf("content"));
                repo.Commit("Fuentes guardadas en Windows");
            }
            repo.AllasOk("release", "informe", "--label", "v0.1", "--date", "2026-03-02");
            repo.Commit("Versión v0.1");
            var draft = File.ReadAllBytes(repo.PathOf("out/informe-v0.1.docx"));
            var (reviewed, tally) = ReviewRound.Apply(draft, new ReviewRoundOptions(Seed: 11, Comments: 6, Replies: 1, Insertions: 4, Deletions: 4, Moves: 1, FormatChanges: 1));
            Assert.True(tally.Comments > 0 && tally.Revisions > 0, $"{tally}");
            File.WriteAllBytes(repo.PathOf("revisado.docx"), reviewed);
            repo.AllasOk("review", "import", "revisado.docx");
            var folder = repo.PathOf("content/informe/revisiones");
            // The two repositories' commits, and so the drafts' hashes, differ; everything else must be the same.
            registers.Add(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f), f => Regex.Replace(File.ReadAllText(f), "[0-9a-f]{10,64}", "HASH")));
        }

        Assert.NotEmpty(registers[0]);
        Assert.Contains("line:", registers[0].Values.Single());
        Assert.Equal(registers[0].Keys, registers[1].Keys);
        foreach (var (file, text) in registers[0]) Assert.Equal(text, registers[1][file]);
    }

    /// <summary>Rewrites every Markdown and YAML file under the folder with CR LF line ends; returns how many.</summary>
    private static int ToCrlf(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .ToList();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            Assert.Contains('\n', text);
            File.WriteAllText(file, text.Replace("\n", "\r\n"));
        }
        return files.Count;
    }

    private static Dictionary<string, byte[]> Build(string root)
    {
        var output = Path.Combine(root, "out");
        new DraftBuild(root, Writers.All(root)).Run([], Writers.Default, output, ReleaseInfo.WorkingDraft(Commit));
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes);
    }

    private sealed class RealPublication : PublicationFolder
    {
        public RealPublication() => CopyRealContent();
    }
}
