using System.Text.RegularExpressions;
using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Tests.Support;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace AlLas.Publishing.Tests.Rendering.Docx;

/// <summary>Both documents of content/, built by `allas build --format docx` once for the class.</summary>
public sealed class BuiltWordFiles : IDisposable
{
    private readonly TempDir output = RepoPaths.NewTempDir();

    public BuiltWordFiles()
    {
        var result = Allas.Run(RepoPaths.Root, "build", "--format", "docx", "--out", output.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        var diagnostics = new Diagnostics();
        Publication = new PublicationLoader(RepoPaths.Root, diagnostics, ReleaseInfo.WorkingDraft(null)).Load();
    }

    public Publication Publication { get; }

    public string PathOf(Document document) => Path.Combine(output.Path, document.Id + ".docx");

    public void Dispose() => output.Dispose();
}

public sealed partial class PublicationDocxTests(BuiltWordFiles built) : IClassFixture<BuiltWordFiles>
{
    public static TheoryData<string> Documents => new(Directory.GetFiles(Path.Combine(RepoPaths.Content), "document.yml", SearchOption.AllDirectories)
        .Select(f => Path.GetFileName(Path.GetDirectoryName(f)!)).Order());

    private Document Doc(string id) => built.Publication.Documents.Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_Word_file_passes_the_Open_XML_validator(string id) =>
        DocxValidation.AssertValid(built.PathOf(Doc(id)));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Pandoc_finds_the_headings_footnotes_and_tables_of_the_sources(string id)
    {
        var document = Doc(id);
        using var ast = Pandoc.Require().ReadDocx(built.PathOf(document));

        var expected = document.Contents
            .SelectMany(c => c.Markdown.Descendants<HeadingBlock>())
            .Select(h => (Math.Min(h.Level, 4), Squeeze(PlainText.Of(h.Inline))))
            .ToList();
        var headers = Pandoc.Elements(ast, "Header")
            .Select(h => (h.GetProperty("c")[0].GetInt32(), Squeeze(Pandoc.Stringify(h.GetProperty("c")[2]))))
            .ToList();
        // Before the contents come the preliminaries' own headings (credits, "Índice").
        var contents = headers.FindIndex(h => h.Item2 == "Índice");
        Assert.True(contents >= 0, "no contents heading");
        Assert.Equal(expected, headers.Skip(contents + 1));

        var notes = document.Chapters.Sum(c => c.Markdown.Descendants<FootnoteLink>().Count(l => !l.IsBackLink));
        Assert.Equal(notes, Pandoc.Elements(ast, "Note").Count());

        var tables = document.Chapters.Sum(c => c.Markdown.Descendants<Markdig.Extensions.Tables.Table>().Count());
        Assert.Equal(tables, Pandoc.Elements(ast, "Table").Count());
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Word_hyphenates_the_Spanish_text_and_leaves_no_widows_but_never_hyphenates_headings(string id)
    {
        using var word = new WordFile(built.PathOf(Doc(id)));
        var settings = word.Main.DocumentSettingsPart!.Settings!;
        Assert.NotNull(settings.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.AutoHyphenation>());
        Assert.NotNull(word.Styles.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.WidowControl);
        var heading = word.Styles.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>().Single(s => s.StyleId == "Heading1");
        Assert.NotNull(heading.StyleParagraphProperties!.SuppressAutoHyphens);
        // Hyphenation follows the runs' language: Spanish everywhere.
        Assert.Equal("es-ES", word.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
