using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Tools;

public class VnuTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="es">
        <head><meta charset="utf-8"><title>Prueba</title></head>
        <body>
        <h1 id="inicio">Inicio</h1>
        <p id="{0}">Un párrafo.</p>
        </body>
        </html>
        """;

    [Fact]
    public void Flags_a_duplicate_id_and_passes_a_valid_page()
    {
        var vnu = Vnu.Require();
        using var tmp = RepoPaths.NewTempDir();
        var valid = tmp.File("valida.html");
        var duplicate = tmp.File("duplicado.html");
        File.WriteAllText(valid, Page.Replace("{0}", "parrafo"));
        File.WriteAllText(duplicate, Page.Replace("{0}", "inicio"));

        var messages = vnu.Check(valid, duplicate);

        Assert.DoesNotContain(messages, m => m.IsError && m.Url!.EndsWith("valida.html"));
        var error = Assert.Single(messages, m => m.IsError && m.Url!.EndsWith("duplicado.html"));
        Assert.Contains("Duplicate ID", error.Message);
        Assert.Equal(6, error.LastLine);
        vnu.AssertNoErrors(valid);
        var failure = Assert.ThrowsAny<Exception>(() => vnu.AssertNoErrors(duplicate));
        Assert.Contains("Duplicate ID", failure.Message);
    }
}
