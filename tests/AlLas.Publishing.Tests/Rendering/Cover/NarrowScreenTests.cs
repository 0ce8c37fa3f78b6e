using System.Text.RegularExpressions;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Rendering.Cover;

/// <summary>
/// Both HTML pages as a phone shows them (390 CSS pixels wide) and as a browser prints them, in
/// headless Chromium. The page is loaded in a frame of that width, so that its stylesheet's media
/// queries see a phone's screen; a script of the test reads where each block landed.
/// </summary>
public partial class NarrowScreenTests(PublicationDrafts drafts) : IClassFixture<PublicationDrafts>
{
    public static TheoryData<string> Documents => new() { "resumen-ejecutivo", "cuaderno-2" };

    private const string Probe = """
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>sonda</title></head><body style="margin:0">
        <iframe id="f" src="PAGE" style="width:390px;height:844px;border:0"></iframe>
        <script>
        document.getElementById('f').addEventListener('load', () => {
          const d = document.getElementById('f').contentDocument;
          const w = d.documentElement.clientWidth;
          const out = [];
          let count = 0;
          for (const e of d.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li')) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            count++;
            if (r.left < -0.5 || r.right > w + 0.5) out.push(e.tagName + ' ' + Math.round(r.left) + '..' + Math.round(r.right) + ' ' + e.textContent.trim().slice(0, 60));
          }
          const top = s => d.querySelector(s).getBoundingClientRect().top;
          const bottom = s => d.querySelector(s).getBoundingClientRect().bottom;
          const pre = document.createElement('pre');
          pre.id = 'medida';
          pre.textContent = 'ancho=' + w + ' desplazable=' + d.documentElement.scrollWidth + ' bloques=' + count
            + ' portada-antes-del-indice=' + (bottom('section.portada') <= top('nav.indice'))
            + ' indice-antes-del-texto=' + (bottom('nav.indice') <= top('main')) + '\n' + out.join('\n');
          document.body.append(pre);
        });
        </script></body></html>
        """;

    [Theory]
    [MemberData(nameof(Documents))]
    public void At_390_pixels_every_paragraph_heading_and_list_item_is_within_the_screen_and_the_contents_follow_the_cover(string id)
    {
        var chromium = Chromium.Require();
        var probe = drafts.PathOf($"sonda-{id}.html");
        File.WriteAllText(probe, Probe.Replace("PAGE", id + ".html"));
        var dom = chromium.DumpDom(probe, "--allow-file-access-from-files");
        var report = System.Net.WebUtility.HtmlDecode(Measure().Match(dom).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(report), dom.Length > 2000 ? dom[..2000] : dom);
        var lines = report.Split('\n');
        var head = lines[0];
        Assert.Matches(@"ancho=390 desplazable=390 bloques=\d{3,}", head);
        Assert.Contains("portada-antes-del-indice=true", head);
        Assert.Contains("indice-antes-del-texto=true", head);
        Assert.True(lines.Skip(1).All(string.IsNullOrWhiteSpace), "fuera de la pantalla:\n" + string.Join('\n', lines.Skip(1).Take(20)));
    }

    [Fact]
    public void Printed_from_the_browser_the_page_has_the_cover_then_the_contents_and_numbered_pages()
    {
        var chromium = Chromium.Require();
        var pdf = Pdf.Require();
        var file = chromium.PrintToPdf(drafts.PathOf("resumen-ejecutivo.html"), drafts.PathOf("resumen-impreso.pdf"));
        var pages = pdf.Pages(file);
        Assert.Contains("Resumen ejecutivo del Taller 2", pages[0]);
        Assert.Contains("Financiado por la Unión Europea", pages[0]);
        // The running header (the tagline), then the contents.
        Assert.StartsWith("Índice", pages[1].Replace("Ciudades al mundo", "").Trim());
        Assert.Contains("Recomendaciones preliminares", pages[1]);
        // Every page after the cover carries its number in the footer (the last line of its text).
        foreach (var (text, index) in pages.Select((t, i) => (t, i)).Skip(2).Take(5))
            Assert.EndsWith((index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), text.TrimEnd());
    }

    [GeneratedRegex("<pre id=\"medida\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Measure();
}
