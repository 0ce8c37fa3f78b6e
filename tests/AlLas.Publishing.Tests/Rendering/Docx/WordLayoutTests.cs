using System.Globalization;
using System.Text.RegularExpressions;
using AlLas.Publishing.Cli.Commands;
using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Rendering.Docx.Styling;
using AlLas.Publishing.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Document = AlLas.Publishing.Content.Document;

namespace AlLas.Publishing.Tests.Rendering.Docx;

/// <summary>
/// Both Word drafts as `allas build` writes them with LibreOffice at hand (the contents' pages from its
/// layout), and LibreOffice's PDF of each, made once for the class: a reader's print of the files.
/// </summary>
public sealed class LaidOutWordFiles : IDisposable
{
    private readonly TempDir output = RepoPaths.NewTempDir();
    private readonly Lazy<IReadOnlyDictionary<string, (string Docx, string Pdf)>> files;

    public LaidOutWordFiles() => files = new(Make, LazyThreadSafetyMode.ExecutionAndPublication);

    public Publication Publication { get; } = new PublicationLoader(RepoPaths.Root, new Diagnostics(), ReleaseInfo.WorkingDraft(null)).Load();

    public string BuildOutput { get; private set; } = "";

    /// <summary>The docx and its PDF; skips (or fails, with ALLAS_REQUIRE_TOOLS=1) without LibreOffice or poppler.</summary>
    public (string Docx, string Pdf) Of(string id)
    {
        LibreOffice.Require();
        Pdf.Require();
        return files.Value[id];
    }

    private IReadOnlyDictionary<string, (string, string)> Make()
    {
        var result = Allas.Run(RepoPaths.Root, ["build", "--format", "docx", "--out", output.Path],
            new Dictionary<string, string?> { [BuildCommand.EstimatePagesVariable] = "0" }, TimeSpan.FromMinutes(10));
        Assert.True(result.ExitCode == 0, result.ToString());
        BuildOutput = result.StdOut;
        var ids = Publication.Documents.Select(d => d.Id).ToList();
        var docx = ids.Select(id => Path.Combine(output.Path, id + ".docx")).ToList();
        var pdfs = LibreOffice.Require().ConvertToPdf(docx, output.Dir("pdf"), TimeSpan.FromMinutes(10));
        return ids.Select((id, i) => (id, (docx[i], pdfs[i]))).ToDictionary(x => x.id, x => x.Item2);
    }

    public void Dispose() => output.Dispose();
}

public sealed partial class WordLayoutTests(LaidOutWordFiles laid) : IClassFixture<LaidOutWordFiles>
{
    public static TheoryData<string> Documents => PublicationDocxTests.Documents;

    private Document Doc(string id) => laid.Publication.Documents.Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_contents_entry_shows_the_printed_page_of_its_heading(string id)
    {
        var (docx, pdf) = laid.Of(id);
        Assert.Contains("maquetación de LibreOffice", laid.BuildOutput);
        var pages = Pdf.Require().Pages(pdf).Select(Squeeze).ToList();
        var printed = Pdf.Require().Pages(pdf).Select(PrintedNumber).ToList();
        var entries = ContentsEntries(docx);
        Assert.True(entries.Count > 10, $"{entries.Count} contents entries");

        // Headings come in the order of the entries, after the contents: search forward from the last found.
        var contents = pages.FindIndex(p => p.Contains("Índice", StringComparison.Ordinal));
        var lastEntry = Squeeze(entries[^1].Heading);
        var at = pages.FindIndex(Math.Max(0, contents), p => p.Contains(lastEntry, StringComparison.Ordinal)) + 1;
        Assert.True(contents >= 0 && at > contents, "no contents in the PDF");
        var wrong = new List<string>();
        foreach (var entry in entries)
        {
            var heading = Squeeze(entry.Heading);
            var found = Enumerable.Range(at, pages.Count - at).FirstOrDefault(p => pages[p].Contains(heading, StringComparison.Ordinal), -1);
            if (found < 0)
            {
                wrong.Add($"«{entry.Heading}»: not found after page {at + 1}");
                continue;
            }
            at = found;
            if (printed[found] != entry.Page) wrong.Add($"«{entry.Heading}»: entry says {entry.Page}, heading on the page printed {printed[found] ?? "(no number)"} (PDF page {found + 1})");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {entries.Count} entries wrong:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void LibreOffice_cuts_no_word_without_a_hyphen(string id)
    {
        var (docx, pdf) = laid.Of(id);
        var known = DocxWords(docx);
        // -raw keeps each printed line as it is set, its hyphen included (the default mode joins hyphenated words).
        var raw = ExternalTool.Run(Pdf.Require().PdfToText, ["-raw", "-enc", "UTF-8", pdf, "-"], timeout: TimeSpan.FromSeconds(60));
        Assert.True(raw.ExitCode == 0, raw.ToString());
        var lines = raw.StdOut.Split('\n', '\f').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var cut = new List<string>();
        // Heads of words hyphenated at a page's foot, whose ends come after the notes, the footer and the next header.
        var pending = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var words = Word().Matches(lines[i]).Select(m => m.Value).ToList();
            if (words.Count == 0) continue;
            // A line ending in a hyphen goes on in the next line's first word, or, at a page's foot, after
            // the notes and the footer: then in some word of the docx that starts as it does.
            var hyphenated = Hyphenated().Match(lines[i]);
            if (hyphenated.Success)
            {
                var head = hyphenated.Groups[1].Value;
                words.RemoveAt(words.Count - 1);
                var next = i + 1 < lines.Count ? Word().Match(lines[i + 1]) : Match.Empty;
                if (next.Success && (known.Contains(head + next.Value) || known.Contains(head + "-" + next.Value)))
                    lines[i + 1] = lines[i + 1][(next.Index + next.Length)..];
                else if (known.Any(w => w.Length > head.Length && w.StartsWith(head, StringComparison.Ordinal)))
                    pending.Add(head);
                else
                    cut.Add($"{head}-/{(next.Success ? next.Value : "")}");
            }
            // Page numbers of the front matter print in roman numerals.
            foreach (var w in words.Where(w => !known.Contains(w) && !Roman().IsMatch(w)))
            {
                var head = pending.FirstOrDefault(h => known.Contains(h + w));
                if (head is not null) pending.Remove(head);
                else cut.Add($"{w} («{lines[i]}»)");
            }
        }
        Assert.True(cut.Count == 0, $"{cut.Count} words in the PDF that the docx does not have:\n" + string.Join("\n", cut.Take(40)));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void LibreOffice_lays_out_the_body_near_its_page_budget_and_the_estimate(string id)
    {
        var (_, pdf) = laid.Of(id);
        var document = Doc(id);
        var pages = Pdf.Require().Pages(pdf).ToList();
        var printed = pages.Select(PrintedNumber).ToList();
        // The body runs from the page numbered 1 to the page before the first annex.
        var first = printed.IndexOf("1");
        var annexes = first < 0 ? -1 : pages.FindIndex(first + 1, p => AnnexTitle().IsMatch(p));
        Assert.True(first > 0 && annexes > first, $"body from page {first + 1}, annexes from page {annexes + 1}");
        var body = annexes - first;

        var budget = document.Manifest.PageBudget ?? body;
        Assert.InRange(body, budget * 3 / 4, budget * 5 / 4);
        var (_, estimate) = new DocxDocumentWriter(RepoPaths.Templates).Build(document, laid.Publication);
        Assert.InRange(estimate.BodyPages, body - Math.Max(2, body / 10), body + Math.Max(2, body / 10));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_laid_out_Word_file_passes_the_Open_XML_validator(string id) =>
        DocxValidation.AssertValid(laid.Of(id).Docx);

    private sealed record Entry(string Heading, string Page);

    /// <summary>The contents as the Word file holds them: heading (number and title) and the page written after the last tab.</summary>
    private static List<Entry> ContentsEntries(string docx)
    {
        using var word = new WordFile(docx);
        return word.Paragraphs
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } s && s.StartsWith("TOC", StringComparison.Ordinal) && s != StyleIds.TocHeading)
            .Select(p =>
            {
                var link = p.Descendants<Hyperlink>().Single();
                var parts = new List<string> { "" };
                foreach (var element in link.Descendants())
                {
                    if (element is TabChar) parts.Add("");
                    else if (element is Text t) parts[^1] += t.Text;
                }
                // The title alone: "Anexo A. Programa" prints its number and title on one line or two.
                var title = AnnexNumber().Replace(parts.Count > 1 ? parts[^2] : "", "").Trim();
                return new Entry(title, parts[^1].Trim());
            })
            .ToList();
    }

    /// <summary>Every word of the docx's text (body, notes, headers and footers).</summary>
    private static HashSet<string> DocxWords(string docx)
    {
        using var package = WordprocessingDocument.Open(docx, false);
        var main = package.MainDocumentPart!;
        var roots = new List<DocumentFormat.OpenXml.OpenXmlElement> { main.Document!.Body! };
        if (main.FootnotesPart?.Footnotes is { } notes) roots.Add(notes);
        roots.AddRange(main.HeaderParts.Select(h => (DocumentFormat.OpenXml.OpenXmlElement)h.Header!));
        roots.AddRange(main.FooterParts.Select(f => (DocumentFormat.OpenXml.OpenXmlElement)f.Footer!));
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in roots.SelectMany(r => r.Descendants<Paragraph>()))
        {
            var text = string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));
            foreach (Match m in Word().Matches(text)) words.Add(m.Value);
            // Words joined by a hyphen may break at it.
            foreach (Match m in Compound().Matches(text)) words.Add(m.Value);
        }
        return words;
    }

    /// <summary>The number a page prints in its footer: the last word of its last line.</summary>
    private static string? PrintedNumber(string page)
    {
        var last = page.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0);
        var number = last?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return number is not null && (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out _) || Roman().IsMatch(number)) ? number : null;
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)+")]
    private static partial Regex Compound();

    [GeneratedRegex(@"(\p{L}+) ?[-\u2010\u00AD]$")]
    private static partial Regex Hyphenated();

    [GeneratedRegex(@"^Anexo \p{Lu}\.?\s*")]
    private static partial Regex AnnexNumber();

    [GeneratedRegex(@"^[ivxlc]+$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^\s*Anexo A\b", RegexOptions.Multiline)]
    private static partial Regex AnnexTitle();
}
