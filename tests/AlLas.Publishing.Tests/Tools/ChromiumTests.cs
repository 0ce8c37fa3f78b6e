using System.Buffers.Binary;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Tools;

public class ChromiumTests
{
    [Fact]
    public void Screenshots_a_page_at_the_requested_size()
    {
        var chromium = Chromium.Require();
        using var tmp = RepoPaths.NewTempDir();
        var html = tmp.File("pagina.html");
        File.WriteAllText(html, "<!DOCTYPE html><html lang=\"es\"><title>x</title><body style=\"background:#c00\"><p>Hola</p></body></html>");

        var png = chromium.Screenshot(html, tmp.File("captura.png"), width: 413, height: 287);

        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(413, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(287, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    [Fact]
    public void Dumps_the_dom_after_scripts_ran()
    {
        var chromium = Chromium.Require();
        using var tmp = RepoPaths.NewTempDir();
        var html = tmp.File("script.html");
        File.WriteAllText(html, "<!DOCTYPE html><html lang=\"es\"><meta charset=\"utf-8\"><title>x</title><body><p id=\"p\">antes</p>" +
                                "<script>document.getElementById('p').textContent = 'después';</script></body></html>");

        var dom = chromium.DumpDom(html);

        Assert.Contains("<p id=\"p\">después</p>", dom);
    }

    [Fact]
    public void Prints_a_page_to_pdf_as_its_print_stylesheet_asks()
    {
        var chromium = Chromium.Require();
        var pdf = Pdf.Require();
        using var tmp = RepoPaths.NewTempDir();
        var html = tmp.File("imprimir.html");
        File.WriteAllText(html, "<!DOCTYPE html><html lang=\"es\"><title>x</title><style>@page { size: A4 } " +
                                ".salto { break-before: page }</style><body><p>Uno</p><p class=\"salto\">Dos</p></body></html>");

        var output = chromium.PrintToPdf(html, tmp.File("impreso.pdf"));

        Assert.Equal(2, pdf.PageCount(output));
        Assert.Contains("Dos", pdf.Text(output, 2, 2));
    }
}
