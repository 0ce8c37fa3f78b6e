using System.Text.RegularExpressions;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>`allas build --format pdf`: the Word draft through LibreOffice, its table of contents numbered by the real layout.</summary>
public partial class PdfFormatTests
{
    [Fact]
    public void The_table_of_contents_of_the_real_cuaderno_gives_the_page_each_heading_is_printed_on()
    {
        var libreOffice = LibreOffice.Require();
        var pdf = Pdf.Require();
        using var tmp = RepoPaths.NewTempDir();

        var build = Allas.Run(RepoPaths.Root, ["build", "--format", "pdf", "--format", "docx", "--doc", "cuaderno-2", "--out", tmp.Path], timeout: TimeSpan.FromMinutes(10));

        Assert.True(build.ExitCode == 0, build.ToString());
        var file = tmp.File("cuaderno-2.pdf");
        // Setting the numbers moves nothing: the PDF has the pages LibreOffice gives the docx itself.
        var plain = libreOffice.ConvertToPdf(tmp.File("cuaderno-2.docx"), tmp.Dir("directo"));
        Assert.Equal(pdf.PageCount(plain), pdf.PageCount(file));
        Assert.True(pdf.PageCount(file) > 40, $"{pdf.PageCount(file)} pages");

        var pages = Enumerable.Range(1, pdf.PageCount(file)).Select(p => pdf.Text(file, p, p, layout: true)).ToList();
        var contentsPages = pages.Select((text, i) => (text, i)).Where(p => TocEntry().IsMatch(p.text)).Select(p => p.i).ToList();
        Assert.NotEmpty(contentsPages);
        var entries = contentsPages.SelectMany(i => TocEntry().Matches(pages[i]))
            .Select(m => (Number: m.Groups["number"].Value, Title: Words(m.Groups["title"].Value), Page: m.Groups["page"].Value))
            .Where(e => e.Number.Length > 0)
            .ToList();
        Assert.True(entries.Count > 50, $"{entries.Count} numbered entries");

        var checkedEntries = 0;
        foreach (var entry in entries)
        {
            // The heading is the first line after the contents that starts with its number and title.
            var start = $"{entry.Number} {string.Join(' ', entry.Title.Take(3))}";
            var at = Enumerable.Range(contentsPages.Max() + 1, pages.Count - contentsPages.Max() - 1)
                .FirstOrDefault(i => Lines(pages[i]).Any(l => l.StartsWith(start, StringComparison.Ordinal)), -1);
            Assert.True(at >= 0, $"no page has the heading '{start}'");
            Assert.Equal((entry.Number, entry.Page), (entry.Number, PrintedNumber(pages[at])));
            checkedEntries++;
        }
        Assert.Equal(entries.Count, checkedEntries);
    }

    [Fact]
    public void A_small_publication_converts_and_pdf_is_only_written_when_asked_for()
    {
        LibreOffice.Require();
        var pdf = Pdf.Require();
        using var mini = new MiniPublication();

        var defaults = Allas.Run(mini.Root, "build");
        Assert.True(defaults.ExitCode == 0, defaults.ToString());
        Assert.Empty(Directory.GetFiles(mini.PathOf("out"), "*.pdf"));

        var build = Allas.Run(mini.Root, ["build", "--format", "pdf", "--out", "pdf"], timeout: TimeSpan.FromMinutes(5));
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(["informe.pdf"], Directory.GetFiles(mini.PathOf("pdf")).Select(Path.GetFileName));
        var text = pdf.Text(mini.PathOf("pdf/informe.pdf"), layout: true);
        Assert.Matches(@"1\s+Las oficinas\.{3,}\d+", text);
        Assert.Contains("Ciclo de trabajo de una oficina", text);
    }

    [Fact]
    public void Without_LibreOffice_the_build_says_how_to_install_it_and_writes_nothing()
    {
        using var mini = new MiniPublication();

        var result = Allas.Run(mini.Root, ["build", "--format", "pdf", "--format", "html"], new Dictionary<string, string?> { ["ALLAS_SOFFICE"] = mini.PathOf("no-hay-soffice") });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error AL0080", result.StdErr);
        Assert.Contains("sudo apt-get install libreoffice-writer", result.StdErr);
        Assert.Contains("winget install", result.StdErr);
        Assert.False(Directory.Exists(mini.PathOf("out")), "nothing is written when one format cannot be");
    }

    private static IEnumerable<string> Lines(string page) =>
        page.Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The number in the page's footer, "Proyecto financiado por la UE   12".</summary>
    private static string PrintedNumber(string page) =>
        Footer().Match(page.TrimEnd()) is { Success: true } m ? m.Groups[1].Value : "(sin número)";

    [GeneratedRegex(@"^\s*(?<number>(?:\d+(?:\.\d+)*)?)\s+(?<title>\S.*?)\.{3,}\s*(?<page>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex TocEntry();

    [GeneratedRegex(@"(\d+)\s*$")]
    private static partial Regex Footer();
}
