using System.Text.RegularExpressions;

namespace AlLas.Publishing.Tests.Support;

/// <summary>poppler-utils: what a PDF holds, page by page.</summary>
public sealed partial class Pdf
{
    private const string HowToInstall = "apt-get install poppler-utils";

    public string PdfInfo { get; }
    public string PdfToText { get; }

    private Pdf(string pdfInfo, string pdfToText) => (PdfInfo, PdfToText) = (pdfInfo, pdfToText);

    public static Pdf? Find()
    {
        var info = ExternalTool.Find("pdfinfo");
        var text = ExternalTool.Find("pdftotext");
        return info is null || text is null ? null : new Pdf(info, text);
    }

    public static Pdf Require()
    {
        var pdf = Find();
        if (pdf is null) ExternalTool.Unavailable("poppler-utils (pdfinfo, pdftotext)", HowToInstall);
        return pdf;
    }

    public int PageCount(string pdf)
    {
        var result = ExternalTool.Run(PdfInfo, [pdf], timeout: TimeSpan.FromSeconds(30));
        var match = PagesLine().Match(result.StdOut);
        if (result.ExitCode != 0 || !match.Success)
            throw new InvalidOperationException($"pdfinfo could not read {pdf}\n{result}");
        return int.Parse(match.Groups[1].Value);
    }

    /// <summary>The text of the whole PDF, or of pages first..last (1-based); pages are separated by form feeds.</summary>
    public string Text(string pdf, int? firstPage = null, int? lastPage = null, bool layout = false)
    {
        var args = new List<string>();
        if (firstPage is int f) args.AddRange(["-f", f.ToString()]);
        if (lastPage is int l) args.AddRange(["-l", l.ToString()]);
        if (layout) args.Add("-layout");
        args.AddRange(["-enc", "UTF-8", pdf, "-"]);
        var result = ExternalTool.Run(PdfToText, args, timeout: TimeSpan.FromSeconds(60));
        if (result.ExitCode != 0) throw new InvalidOperationException($"pdftotext could not read {pdf}\n{result}");
        return result.StdOut;
    }

    /// <summary>Each page's text, in order.</summary>
    public IReadOnlyList<string> Pages(string pdf) =>
        Enumerable.Range(1, PageCount(pdf)).Select(p => Text(pdf, p, p)).ToList();

    [GeneratedRegex(@"^Pages:\s+(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
