using AlLas.Publishing.Tests.Cli;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Hostile;

/// <summary>`allas watch` lives through hostile saves: it shows the error, keeps serving the last good page, and recovers.</summary>
public sealed class WatchSurvivalTests
{
    private const string Chapter = "content/informe/01-oficinas.md";

    [Theory]
    [InlineData("quotes")]
    [InlineData("self-citing-note")]
    [InlineData("control-character")]
    public void Watch_survives_a_hostile_save_and_serves_again_once_fixed(string shape)
    {
        using var mini = new MiniPublication();
        using var watch = new WatchProcess(mini.Root).Started();
        var good = mini.Read(Chapter);
        Assert.DoesNotContain("allas-errores", watch.Get("/informe.html"));

        var (hostile, code) = shape switch
        {
            "quotes" => (good + "\n" + new string('>', 10_000) + " cita\n", "AL0015"),
            "self-citing-note" => (good + "\nNota[^yo].\n\n[^yo]: Se cita[^yo].\n", "AL0016"),
            _ => (good.Replace("trabajan con", "trabajan\u0001 con", StringComparison.Ordinal), "AL0017"),
        };
        mini.Write(Chapter, hostile);

        watch.Until(() => watch.StdErr.Contains($"error {code}"), "the error in the terminal");
        watch.Until(() => watch.Get("/informe.html").Contains("allas-errores"), "the error panel in the served page");
        Assert.Contains($"{Chapter}(", watch.StdErr);
        Assert.Contains("Las oficinas", watch.Get("/informe.html"));
        Assert.False(watch.HasExited, watch.ToString());
        Assert.DoesNotContain("Unhandled exception", watch.StdErr);

        mini.Write(Chapter, good + "\nFrase tras el arreglo.\n");
        watch.Until(() => watch.Get("/informe.html").Contains("Frase tras el arreglo."), "the fixed chapter served");
        Assert.DoesNotContain("allas-errores", watch.Get("/informe.html"));
    }
}
