using AlLas.Publishing.Content;

namespace AlLas.Publishing.Tests.Support;

/// <summary>
/// The small fixture publication in a fresh folder, loaded as the build loads it.
/// </summary>
public sealed class MiniPublication : PublicationFolder
{
    public MiniPublication() => CopyMiniFixture();

    public Publication Load(Diagnostics? diagnostics = null)
    {
        diagnostics ??= new Diagnostics();
        var publication = new PublicationLoader(Root, diagnostics, ReleaseInfo.WorkingDraft("0123456789abcdef0123456789abcdef01234567")).Load();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return publication;
    }
}
