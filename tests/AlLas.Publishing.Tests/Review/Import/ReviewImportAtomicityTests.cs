using AlLas.Publishing.Tests.Releases;
using DocumentFormat.OpenXml.Packaging;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>An import killed at any moment leaves no register or the whole one, never half of one.</summary>
public sealed class ReviewImportAtomicityTests : IDisposable
{
    private readonly PublicationRepo repo = PublicationRepo.Mini();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void Imports_killed_at_random_moments_leave_no_register_or_the_whole_one()
    {
        repo.AllasOk("release", "informe", "--label", "v0.1", "--date", "2026-03-02");
        repo.Commit("Versión v0.1");
        // The release's draft with a word changed, as a reviewer with Track Changes off returns it.
        var returned = repo.PathOf("devuelto.docx");
        File.Copy(repo.PathOf("out/informe-v0.1.docx"), returned);
        using (var word = WordprocessingDocument.Open(returned, true))
        {
            var text = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().First(t => t.Text.Contains("reúne", StringComparison.Ordinal));
            text.Text = text.Text.Replace("reúne", "agrupa", StringComparison.Ordinal);
        }
        repo.AllasOk("review", "import", returned);
        var register = Directory.GetFiles(repo.PathOf("content/informe/revisiones"), "*.yml", SearchOption.AllDirectories).Single();
        var whole = File.ReadAllBytes(register);

        var random = new Random(7);
        var outcomes = new Dictionary<string, int>();
        for (var run = 0; run < 20; run++)
        {
            File.Delete(register);
            using (var process = Support.Allas.Start(repo.Root, new Dictionary<string, string?>(), "review", "import", returned))
            {
                Thread.Sleep(random.Next(200, 4000));
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            var written = File.Exists(register);
            if (written) Assert.Equal(whole, File.ReadAllBytes(register));
            Assert.Empty(Directory.GetFiles(repo.PathOf("content"), "*.tmp", SearchOption.AllDirectories));
            repo.AllasOk("review", "list");
            outcomes[written ? "entero" : "ninguno"] = outcomes.GetValueOrDefault(written ? "entero" : "ninguno") + 1;
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"interrumpidos: {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}");
    }
}
