using System.Text;

namespace AlLas.Publishing.Tests.Rendering.Docx.Redline;

/// <summary>
/// The first redline since a release keeps what it needs of the release in the repository's git folder;
/// the next ones start from it. What they write must be what a redline that rendered the release again
/// writes, and a kept file that is damaged or was made for something else must be made again, never used.
/// </summary>
public sealed class RedlineKeptReleaseTests : IDisposable
{
    private readonly RedlineRepository repo = new();

    public RedlineKeptReleaseTests()
    {
        RedlineCases.All["words-in-a-paragraph"].Edit(repo.Mini);
        repo.Commit("oficinas");
    }

    public void Dispose() => repo.Dispose();

    private string Folder => repo.Mini.PathOf(".git/allas/versiones/cambios");

    private string Kept => Assert.Single(Directory.GetFiles(Folder, "*.bin"));

    private byte[] Redline() => File.ReadAllBytes(repo.BuildRedline());

    [Fact]
    public void A_redline_from_the_kept_release_is_the_redline_that_renders_the_release_again()
    {
        var rendered = Redline();
        var kept = Kept;
        var written = File.GetLastWriteTimeUtc(kept);

        var fromKept = Redline();

        Assert.Equal(rendered, fromKept);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Kept));
        // Only the redline's output is new to git: the kept release is not in the working tree.
        Assert.Equal("?? out/\n", repo.Git("status", "--porcelain"));
    }

    [Fact]
    public void A_damaged_kept_release_is_made_again_not_used()
    {
        var rendered = Redline();
        var kept = Kept;
        var bytes = File.ReadAllBytes(kept);
        // One byte changed in the middle: the file may still read, but it is not what was kept.
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(kept, bytes);

        Assert.Equal(rendered, Redline());

        // Cut short.
        File.WriteAllBytes(kept, File.ReadAllBytes(kept)[..(bytes.Length / 2)]);
        Assert.Equal(rendered, Redline());
        // Made again, whole, and used.
        Assert.Equal(rendered, Redline());
    }

    [Fact]
    public void A_kept_release_made_for_another_key_is_made_again_not_used()
    {
        var rendered = Redline();
        var kept = Kept;
        using (var reader = new BinaryReader(File.OpenRead(kept), Encoding.UTF8))
        {
            // The same contents under the key of another build of allas: stale, whatever they say.
            var key = reader.ReadString();
            var rest = reader.ReadBytes((int)(reader.BaseStream.Length - reader.BaseStream.Position));
            reader.Close();
            using var writer = new BinaryWriter(File.Create(kept), Encoding.UTF8);
            writer.Write(key.Replace("\n", "\notra compilación\n", StringComparison.Ordinal));
            writer.Write(rest);
        }
        var stale = File.ReadAllBytes(kept);

        Assert.Equal(rendered, Redline());
        Assert.NotEqual(stale, File.ReadAllBytes(Kept));
    }
}
