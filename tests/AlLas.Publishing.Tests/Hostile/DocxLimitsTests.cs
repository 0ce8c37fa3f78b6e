using System.Text;
using AlLas.Publishing.Review;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Hostile;

/// <summary>Each limit on a returned docx is a named constant, and past it the file is refused naming the part: exit code 2, never a crash.</summary>
public sealed class DocxLimitsTests : IDisposable
{
    private readonly TempDir scratch = RepoPaths.NewTempDir();

    public void Dispose() => scratch.Dispose();

    [Theory]
    [InlineData("word/document.xml", "<w:body>")]
    [InlineData("word/comments.xml", "<w:p ")]
    [InlineData("word/styles.xml", "<w:docDefaults>")]
    public void Elements_nested_past_the_limit_in_any_part_are_refused(string part, string after)
    {
        const int depth = 20_000;
        var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth / 2)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth / 2));
        var docx = HostileDocx.EditPart(scratch.File("hondo.docx"), part, xml => xml.Replace(after, after + nested, StringComparison.Ordinal));
        foreach (var format in new[] { "json", "md" })
        {
            var result = Allas.RunInProcessAt(scratch.Path, "review", "extract", docx, "--format", format);
            Refusal.Assert2(result, $"hondo.docx:{part}");
            Assert.Contains($"máximo {DocxPackageGuard.MaxXmlDepth}", result.StdErr);
        }
    }

    [Fact]
    public void Nesting_within_the_limit_still_reads()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 20)) + "<w:p><w:r><w:t>hondo</w:t></w:r></w:p>" + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 20));
        var docx = HostileDocx.EditPart(scratch.File("normal.docx"), "word/document.xml", xml => xml.Replace("<w:body>", "<w:body>" + nested, StringComparison.Ordinal));
        var result = Allas.RunInProcessAt(scratch.Path, "review", "extract", docx);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void A_reply_chain_past_the_limit_is_refused_with_its_part()
    {
        const int chain = 5_000;
        var docx = Thread(scratch.File("cadena.docx"), chain, i => i == 0 ? null : i - 1);
        foreach (var format in new[] { "json", "md" })
        {
            var result = Allas.RunInProcessAt(scratch.Path, "review", "extract", docx, "--format", format);
            Refusal.Assert2(result, "cadena.docx:word/commentsExtended.xml");
            Assert.Contains($"{CommentThreadsLimit} niveles", result.StdErr);
        }
    }

    [Fact]
    public void A_reply_cycle_is_refused_with_its_part()
    {
        var docx = Thread(scratch.File("ciclo.docx"), 3, i => (i + 1) % 3);
        var result = Allas.RunInProcessAt(scratch.Path, "review", "extract", docx, "--format", "md");
        Refusal.Assert2(result, "ciclo.docx:word/commentsExtended.xml");
        Assert.Contains("ciclo", result.StdErr);
    }

    [Fact]
    public void More_comments_than_the_limit_are_refused()
    {
        var count = (int)DocxPackageGuard.MaxComments + 1;
        var comments = new StringBuilder();
        for (var i = 0; i < count; i++) comments.Append($"<w:comment w:id=\"{i}\" w:author=\"R\"><w:p><w:r><w:t>c{i}</w:t></w:r></w:p></w:comment>");
        var docx = HostileDocx.EditPart(scratch.File("muchos.docx"), "word/comments.xml", xml => HostileDocx.Children(xml, "<w:comment ", comments.ToString()));
        var result = Allas.RunInProcessAt(scratch.Path, "review", "extract", docx);
        Refusal.Assert2(result, "muchos.docx");
        Assert.Contains($"más de {DocxPackageGuard.MaxComments} comentarios", result.StdErr);
    }

    [Fact]
    public void More_revisions_than_the_limit_are_refused()
    {
        var count = (int)DocxPackageGuard.MaxRevisions + 1;
        var runs = new StringBuilder("<w:p>");
        for (var i = 0; i < count; i++) runs.Append($"<w:ins w:id=\"{i}\" w:author=\"R\"><w:r><w:t>x</w:t></w:r></w:ins>");
        runs.Append("</w:p>");
        var docx = HostileDocx.EditPart(scratch.File("cambios.docx"), "word/document.xml", xml => xml.Replace("<w:body>", "<w:body>" + runs, StringComparison.Ordinal));
        var result = Allas.RunInProcessAt(scratch.Path, "review", "extract", docx);
        Refusal.Assert2(result, "cambios.docx:word/document.xml");
        Assert.Contains("cambios registrados", result.StdErr);
    }

    [Theory]
    [InlineData("word/styles.xml")]
    [InlineData("word/numbering.xml")]
    [InlineData("word/comments.xml")]
    [InlineData("word/commentsExtended.xml")]
    [InlineData("word/footnotes.xml")]
    [InlineData("word/header1.xml")]
    [InlineData("word/settings.xml")]
    [InlineData("word/theme/theme1.xml")]
    [InlineData("word/fontTable.xml")]
    [InlineData("word/people.xml")]
    [InlineData("docProps/core.xml")]
    public void A_part_a_relationship_names_but_the_zip_lacks_is_named(string part)
    {
        var docx = HostileDocx.Rewrite(HostileDocx.SamplePath, scratch.File("incompleto.docx"), (name, bytes) => name == part ? null : bytes);
        var result = Allas.RunInProcessAt(scratch.Path, "review", "extract", docx);
        Refusal.Assert2(result, $"incompleto.docx:{part}");
        Assert.Contains($"falta la parte {part}", result.StdErr);
    }

    [Fact]
    public void A_relationship_out_of_the_package_is_refused()
    {
        var docx = HostileDocx.EditPart(scratch.File("fuera.docx"), "word/_rels/document.xml.rels",
            xml => xml.Replace("Target=\"styles.xml\"", "Target=\"../../../../etc/passwd\"", StringComparison.Ordinal));
        var result = Allas.RunInProcessAt(scratch.Path, "review", "extract", docx);
        Refusal.Assert2(result, "fuera.docx:word/_rels/document.xml.rels");
        Assert.Contains("fuera del paquete", result.StdErr);
    }

    private const int CommentThreadsLimit = 100;

    /// <summary>The sample with <paramref name="count"/> comments whose replies point at <paramref name="parentOf"/>.</summary>
    private static string Thread(string path, int count, Func<int, int?> parentOf)
    {
        static string ParaId(int i) => (0x10000000 + i).ToString("X8");
        var comments = new StringBuilder();
        var extended = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            comments.Append($"<w:comment w:id=\"{i}\" w:author=\"R\"><w:p w14:paraId=\"{ParaId(i)}\"><w:r><w:t>c{i}</w:t></w:r></w:p></w:comment>");
            var parent = parentOf(i) is { } p ? $" w15:paraIdParent=\"{ParaId(p)}\"" : "";
            extended.Append($"<w15:commentEx w15:paraId=\"{ParaId(i)}\"{parent} w15:done=\"0\"/>");
        }
        return HostileDocx.Rewrite(HostileDocx.SamplePath, path, (name, bytes) => name switch
        {
            "word/comments.xml" => Encoding.UTF8.GetBytes(HostileDocx.Children(Encoding.UTF8.GetString(bytes), "<w:comment ", comments.ToString())),
            "word/commentsExtended.xml" => Encoding.UTF8.GetBytes(HostileDocx.Children(Encoding.UTF8.GetString(bytes), "<w15:commentEx ", extended.ToString())),
            _ => bytes,
        });
    }
}
