using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Rendering.Docx.Redline;

/// <summary>
/// The first heading renamed since the release: its entry is the first paragraph of the table of
/// contents, the one that holds the TOC field's begin, so the redline rewrites the paragraph the
/// field starts in. The field must stay whole in the redline and once its changes are accepted or
/// rejected, and Word's validator, LibreOffice and pandoc must read the result.
/// </summary>
public class RedlineTableOfContentsTests(RedlineTableOfContentsTests.RenamedFirstHeading renamed)
    : IClassFixture<RedlineTableOfContentsTests.RenamedFirstHeading>
{
    public sealed class RenamedFirstHeading : IDisposable
    {
        public const string Chapter = "content/informe/00-presentacion.md";
        public const string Before = "Presentación";
        public const string After = "Introducción";

        private readonly RedlineRepository repo = new();
        private readonly Lazy<string> redline, current, release;

        public RenamedFirstHeading()
        {
            repo.Mini.Replace(Chapter, $"# {Before} {{#sec-presentacion}}", $"# {After} {{#sec-presentacion}}");
            repo.Commit("Primer título renombrado");
            redline = new(() => repo.BuildRedline());
            current = new(() => repo.BuildCurrent());
            release = new(() => repo.BuildRelease());
        }

        public string Redline => redline.Value;
        public string Current => current.Value;
        public string Release => release.Value;

        public void Dispose() => repo.Dispose();
    }

    public enum View { AsWritten, Accepted, Rejected }

    [Fact]
    public void The_Open_XML_validator_finds_no_error()
    {
        DocxValidation.AssertValid(renamed.Redline);
    }

    [Theory]
    [InlineData(View.AsWritten)]
    [InlineData(View.Accepted)]
    [InlineData(View.Rejected)]
    public void Every_field_has_its_instruction_separate_and_end_in_order(View view)
    {
        using var word = new WordFile(renamed.Redline);
        var fields = Fields(word.Body, view);
        Assert.Contains(fields, f => f.Instruction.StartsWith("TOC", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(View.Accepted, RenamedFirstHeading.After)]
    [InlineData(View.Rejected, RenamedFirstHeading.Before)]
    public void The_table_of_contents_field_lists_every_heading_with_the_first_as_the_view_names_it(View view, string first)
    {
        using var word = new WordFile(renamed.Redline);
        var toc = Assert.Single(Fields(word.Body, view), f => f.Instruction.StartsWith("TOC", StringComparison.Ordinal));
        var entries = toc.Result.Split('\n');
        Assert.Equal([first, "1\tLas oficinas", "1.1\tRecursos", "Anexo A. Bibliografía"], entries.Select(e => e[..e.LastIndexOf('\t')]));
    }

    [Fact]
    public void LibreOffice_converts_the_redline_to_pdf_and_updating_its_index_lists_the_new_heading()
    {
        var lo = LibreOffice.RequireUno();
        var pdf = Pdf.Require();

        using var scratch = new TempDir();
        var text = pdf.Text(lo.ConvertToPdf(renamed.Redline, scratch.Dir("pdf")));
        Assert.Contains(RenamedFirstHeading.After, text);

        var read = WriterReading.Read(lo,
            (renamed.Redline, "accept-all"), (renamed.Redline, "reject-all"), (renamed.Current, "none"), (renamed.Release, "none"),
            (renamed.Redline, "accept-all-update-indexes"));
        var (accepted, rejected, current, release, updated) = (read[0], read[1], read[2], read[3], read[4]);
        Assert.Equal(current.Paragraphs, accepted.Paragraphs);
        Assert.Equal(release.Paragraphs, rejected.Paragraphs);
        Assert.Equal(0, accepted.Redlines);
        Assert.Equal(0, rejected.Redlines);

        // Writer reads the TOC field as its own index, and rebuilds it from the headings on request.
        var index = Assert.Single(updated.Indexes);
        Assert.Contains(RenamedFirstHeading.After, index);
        Assert.DoesNotContain(RenamedFirstHeading.Before, index);
    }

    [Fact]
    public void Pandoc_reads_the_renamed_heading_as_a_deletion_and_an_insertion()
    {
        var pandoc = Pandoc.Require();

        using var ast = pandoc.ReadDocx(renamed.Redline, TrackChanges.All);
        var header = Assert.Single(Pandoc.Elements(ast, "Header"), h => Pandoc.Stringify(h).Contains(RenamedFirstHeading.After));
        var spans = header.GetProperty("c")[2].EnumerateArray().Where(e => e.GetProperty("t").GetString() == "Span").ToList();
        Assert.Contains(spans, s => Pandoc.Classes(s).Contains("deletion") && Pandoc.Stringify(s) == RenamedFirstHeading.Before);
        Assert.Contains(spans, s => Pandoc.Classes(s).Contains("insertion") && Pandoc.Stringify(s) == RenamedFirstHeading.After);

        Assert.Equal(pandoc.ToPlain(renamed.Current), pandoc.ToPlain(renamed.Redline, TrackChanges.Accept));
        Assert.Equal(pandoc.ToPlain(renamed.Release), pandoc.ToPlain(renamed.Redline, TrackChanges.Reject));
    }

    private sealed record Field(string Instruction, string Result);

    /// <summary>
    /// The complex fields of the element in document order as the view leaves them, each with its
    /// instruction and shown result (paragraphs apart by a newline); fails on a separate, an end or
    /// an instruction that is not where a field's parts must be.
    /// </summary>
    private static List<Field> Fields(OpenXmlElement within, View view)
    {
        var fields = new List<Field>();
        var open = new Stack<(System.Text.StringBuilder Instruction, System.Text.StringBuilder Result, bool Separated)>();
        var seen = new List<string>();
        var markBefore = false;
        string Where() => $"in the {view} view, after: {string.Join(" ", seen.TakeLast(12))}";
        foreach (var e in within.Descendants().Where(e => Shown(e, view)))
        {
            switch (e)
            {
                case FieldChar c:
                    var type = c.FieldCharType?.InnerText ?? "";
                    seen.Add(type);
                    if (type == "begin") open.Push((new(), new(), false));
                    else if (type == "separate")
                    {
                        Assert.True(open.Count > 0 && !open.Peek().Separated, "a separate outside a field, or a second one, " + Where());
                        var top = open.Pop();
                        open.Push((top.Instruction, top.Result, true));
                    }
                    else if (type == "end")
                    {
                        Assert.True(open.Count > 0, "an end with no begin " + Where());
                        var done = open.Pop();
                        fields.Add(new Field(done.Instruction.ToString().Trim(), done.Result.ToString()));
                        if (open.Count > 0 && open.Peek().Separated) open.Peek().Result.Append(done.Result);
                    }
                    break;
                case FieldCode or DeletedFieldCode:
                    seen.Add("instr:" + e.InnerText.Trim());
                    Assert.True(open.Count > 0 && !open.Peek().Separated, $"an instruction ({e.InnerText.Trim()}) outside a field's begin and separate " + Where());
                    open.Peek().Instruction.Append(e.InnerText);
                    break;
                case Text or DeletedText when open.Count > 0 && open.Peek().Separated:
                    open.Peek().Result.Append(e.InnerText);
                    break;
                case TabChar when e.Parent is Run && open.Count > 0 && open.Peek().Separated:
                    open.Peek().Result.Append('\t');
                    break;
                case Paragraph paragraph:
                    // Descendants lists a paragraph before its content: the break of the one before
                    // goes first, unless the view took that paragraph's mark away.
                    if (markBefore) foreach (var f in open.Where(f => f.Separated && f.Result.Length > 0)) f.Result.Append('\n');
                    markBefore = MarkShown(paragraph, view);
                    break;
            }
        }
        Assert.True(open.Count == 0, $"{open.Count} field(s) never end {Where()}");
        return fields;
    }

    private static bool MarkShown(Paragraph paragraph, View view)
    {
        var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
        return view switch
        {
            View.Accepted => mark?.GetFirstChild<Deleted>() is null && mark?.GetFirstChild<MoveFrom>() is null,
            View.Rejected => mark?.GetFirstChild<Inserted>() is null && mark?.GetFirstChild<MoveTo>() is null,
            _ => true,
        };
    }

    /// <summary>Whether what is in a run stays once the changes are accepted (or rejected).</summary>
    private static bool Shown(OpenXmlElement element, View view) => view switch
    {
        View.Accepted => !element.Ancestors().Any(a => a is DeletedRun or MoveFromRun),
        View.Rejected => !element.Ancestors().Any(a => a is InsertedRun or MoveToRun),
        _ => true,
    };
}
