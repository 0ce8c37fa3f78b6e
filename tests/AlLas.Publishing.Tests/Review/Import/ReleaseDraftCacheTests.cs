using AlLas.Publishing.Generation;
using AlLas.Publishing.Releases;
using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Review.Import;
using AlLas.Publishing.Tests.Releases;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>
/// The import keeps each release's draft so that it is built from the commit only once, and
/// `allas release` leaves it ready. What is kept must map every review item exactly as the draft
/// built again does.
/// </summary>
public sealed class ReleaseDraftCacheTests : IDisposable
{
    private const string Document = "resumen-ejecutivo";
    private readonly PublicationRepo repo = PublicationRepo.RealContent();

    public ReleaseDraftCacheTests()
    {
        repo.AllasOk("release", Document, "--label", "v1", "--date", "2026-03-02");
        repo.Commit("Versión v1");
    }

    public void Dispose() => repo.Dispose();

    private ReleaseRecord Release => ReleaseStore.Find(repo.Root, Document, "v1")!;

    private static DocxDocumentWriter Writer(string root) => new(Path.Combine(root, "templates"));

    private string CacheFolder => repo.PathOf(".git/allas");

    [Fact]
    public void The_draft_the_release_leaves_maps_every_character_to_the_source_the_rebuilt_draft_does()
    {
        var kept = ReleaseDraftCache.Read(repo.Root, Release, ReleaseDraftCache.Key(Release, Writer(repo.Root)));
        var built = ReleaseDraft.Build(repo.Root, Release, Writer);

        Assert.NotNull(kept);
        Assert.Equal(built.DocxSha256, kept.DocxSha256);
        Assert.Equal(Release.DocxSha256, kept.DocxSha256);
        Assert.Equal(built.Data.Select(d => (d.File, d.Text)), kept.Data.Select(d => (d.File, d.Text)));
        Assert.Equal(built.OwnComments, kept.OwnComments);
        Assert.Equal(built.OwnRevisions, kept.OwnRevisions);
        Assert.NotEmpty(built.OwnComments!);
        Assert.Equal(built.Paragraphs.Count, kept.Paragraphs.Count);
        var mapped = 0;
        for (var p = 0; p < built.Paragraphs.Count; p++)
        {
            var (a, b) = (built.Paragraphs[p], kept.Paragraphs[p]);
            Assert.Equal((a.Part, a.Text), (b.Part, b.Text));
            for (var i = -1; i <= a.Text.Length; i++)
            {
                Assert.Equal(Describe(a.At(i)), Describe(b.At(i)));
                if (a.At(i) is not null) mapped++;
            }
        }
        Assert.True(mapped > 1000, $"only {mapped} characters map to a source");
    }

    [Fact]
    public void An_import_from_the_kept_draft_writes_the_register_an_import_that_rebuilds_the_release_writes()
    {
        var reviewed = repo.PathOf("revisado.docx");
        var (docx, _) = ReviewRound.Apply(File.ReadAllBytes(repo.PathOf($"out/{Document}-v1.docx")),
            new ReviewRoundOptions(Seed: 5, Comments: 40, Replies: 10, Insertions: 60, Deletions: 60, Moves: 10, FormatChanges: 20));
        File.WriteAllBytes(reviewed, docx);
        var register = repo.PathOf($"content/{Document}/revisiones/v1/revisado.yml");

        repo.AllasOk("review", "import", reviewed);
        var fromKept = repo.Read($"content/{Document}/revisiones/v1/revisado.yml");

        File.Delete(register);
        Directory.Delete(CacheFolder, recursive: true);
        repo.AllasOk("review", "import", reviewed);
        var rebuilt = repo.Read($"content/{Document}/revisiones/v1/revisado.yml");

        // A damaged file is built again, not trusted.
        foreach (var file in Directory.GetFiles(CacheFolder, "*.bin", SearchOption.AllDirectories))
            File.WriteAllBytes(file, File.ReadAllBytes(file)[..(int)(new FileInfo(file).Length / 2)]);
        File.Delete(register);
        repo.AllasOk("review", "import", reviewed);
        var afterDamage = repo.Read($"content/{Document}/revisiones/v1/revisado.yml");

        Assert.Contains("source:\n    file: content/", fromKept);
        Assert.Equal(rebuilt, fromKept);
        Assert.Equal(rebuilt, afterDamage);
    }

    [Fact]
    public void A_draft_read_back_beside_a_returned_file_holds_the_texts_they_share_once_and_maps_as_without_them()
    {
        var key = ReleaseDraftCache.Key(Release, Writer(repo.Root));
        var alone = ReleaseDraftCache.Read(repo.Root, Release, key)!;
        // The returned file's paragraphs: equal strings, not the same ones; one the reviewer rewrote.
        var returned = alone.Paragraphs.Select(p => new string(p.Text.AsSpan())).Append("Un párrafo que la versión no tiene.").ToList();

        var beside = ReleaseDraftCache.Read(repo.Root, Release, key, new SharedTexts(returned))!;

        Assert.Equal(alone.Paragraphs.Count, beside.Paragraphs.Count);
        var shared = returned.ToHashSet(ReferenceEqualityComparer.Instance);
        for (var p = 0; p < alone.Paragraphs.Count; p++)
        {
            var (a, b) = (alone.Paragraphs[p], beside.Paragraphs[p]);
            Assert.Equal(a.Text, b.Text);
            Assert.True(b.Text.Length == 0 || shared.Contains(b.Text), $"paragraph {p} holds a copy of «{b.Text}»");
            for (var i = -1; i <= a.Text.Length; i++) Assert.Equal(Describe(a.At(i)), Describe(b.At(i)));
        }
    }

    [Fact]
    public void The_kept_draft_stays_out_of_git()
    {
        Assert.True(Directory.EnumerateFiles(CacheFolder, "*.bin", SearchOption.AllDirectories).Any());
        Assert.Equal("", repo.Status());
    }

    private static string Describe(SourceChar? c) =>
        c is { } s ? $"{s.Source.File}:{s.Start}-{s.End} {(s.Verbatim ? "v" : "")}{(s.Computed ? "c" : "")}" : "none";
}
