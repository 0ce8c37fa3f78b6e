using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>
/// The draft a coordinator still has open in Word: Windows will not let it be replaced (a sharing violation).
/// The build says so in Spanish, names the file, changes nothing and exits 2; closed, the next build goes through.
/// </summary>
public sealed class FileInUseTests
{
    [Fact]
    public void A_draft_held_open_by_another_program_is_named_and_left_as_it_was()
    {
        using var mini = new MiniPublication();
        var first = Allas.Run(mini.Root, "build", "--format", "docx");
        Assert.True(first.ExitCode == 0, first.ToString());
        var docx = mini.PathOf("out/informe.docx");
        var before = File.ReadAllBytes(docx);
        mini.Replace("content/informe/01-oficinas.md", "Véase @fig-ciclo", "Véase la @fig-ciclo");

        ProcessResult held;
        // As Word holds the file it shows: nobody else may write it while it is open.
        using (new FileStream(docx, FileMode.Open, FileAccess.Read, FileShare.None))
            held = Allas.Run(mini.Root, "build", "--format", "docx");

        Assert.Equal(2, held.ExitCode);
        var message = held.StdErr.Trim();
        Assert.StartsWith($"{docx}: error AL0090: no se puede reemplazar: otro programa tiene el archivo abierto.", message);
        Assert.Contains("ciérrelo", message);
        Assert.DoesNotContain("   at ", message);
        Assert.Equal(before, File.ReadAllBytes(docx));
        Assert.Empty(Directory.GetFiles(mini.PathOf("out"), "*.tmp"));

        var closed = Allas.Run(mini.Root, "build", "--format", "docx");
        Assert.True(closed.ExitCode == 0, closed.ToString());
        Assert.NotEqual(before, File.ReadAllBytes(docx));
    }
}
