using System.Text;
using AlLas.Publishing.Review.Matrix;
using AlLas.Publishing.Tests.Rendering.Docx;
using AlLas.Publishing.Tests.Rendering.Docx.Redline;
using AlLas.Publishing.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Tests.Review.Matrix;

/// <summary>
/// `allas review matrix`: every comment of a round listed once, with where it was in the release,
/// what the writers answered and how it ended, as a Word file, a web page and a spreadsheet file.
/// </summary>
public class ResponseMatrixTests
{
    private static readonly string[] Headings = ["Nº", "Revisor", "Fecha", "Capítulo", "Sección", "Línea", "Texto citado", "Comentario", "Respuesta", "Estado"];

    [Fact]
    public void The_csv_lists_every_comment_once_with_its_place_answer_and_final_status()
    {
        using var repo = ReviewRoundFixture.Create();
        var result = Allas.Run(repo.Root, "review", "matrix", "informe", "--release", "v1");
        Assert.True(result.ExitCode == 0, result.ToString());

        var bytes = File.ReadAllBytes(repo.Mini.PathOf("out/informe-v1-matriz.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(Headings, rows[0]);
        var comments = rows.Skip(1).ToList();
        Assert.Equal(ReviewRoundFixture.Comments, comments.Count);
        Assert.Equal(comments.Count, comments.Select(r => r[7]).Distinct().Count());
        Assert.Equal(["1", "1.1", "2", "3", "4"], comments.Select(r => r[0]));

        var visits = comments.Single(r => r[7] == "¿Qué tipo de visitas?");
        Assert.Equal(["Coordinación General", "2024-03-10", "1 Las oficinas", "", $"{RedlineRepository.Chapter}:10", "visitas protocolarias"], visits[1..7]);
        Assert.Equal(["Se precisa el tipo de visita.", "atendido"], visits[8..]);
        Assert.Equal("atendido", comments.Single(r => r[7] == "También las técnicas.")[9]);
        Assert.Equal("abierto", comments.Single(r => r[7] == "¿Todas?")[9]);
        Assert.Equal("no aceptado", comments.Single(r => r[7] == "¿Por qué sobra?")[9]);
        Assert.Equal("respondido", comments.Single(r => r[7] == "¿Cuál cooperación?")[9]);
    }

    [Fact]
    public void The_word_matrix_is_valid_with_a_repeated_header_row_and_one_row_per_comment()
    {
        using var repo = ReviewRoundFixture.Create();
        Assert.Equal(0, Allas.Run(repo.Root, "review", "matrix", "informe", "--release", "v1").ExitCode);
        var path = repo.Mini.PathOf("out/informe-v1-matriz.docx");

        DocxValidation.AssertValid(path);
        using var word = new WordFile(path);
        var rows = word.Body.Descendants<TableRow>().ToList();
        Assert.Equal(ReviewRoundFixture.Comments + 1, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(Headings, rows[0].Elements<TableCell>().Select(WordFile.Text));
        Assert.Contains(rows, r => r.Elements<TableCell>().Select(WordFile.Text).Contains("Se quita por repetido."));
        Assert.Equal(PageOrientationValues.Landscape, word.Body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!.Orient!.Value);
    }

    [Fact]
    public void The_html_matrix_passes_the_Nu_checker()
    {
        var vnu = Vnu.Require();
        using var repo = ReviewRoundFixture.Create();
        Assert.Equal(0, Allas.Run(repo.Root, "review", "matrix", "informe", "--release", "v1").ExitCode);
        var path = repo.Mini.PathOf("out/informe-v1-matriz.html");

        Assert.DoesNotContain(vnu.Check(path), m => m.IsError || m.IsWarning);
        var html = File.ReadAllText(path);
        Assert.Equal(ReviewRoundFixture.Comments, html.Split("<tr>").Length - 2);
        Assert.Contains("<th scope=\"col\">Respuesta</th>", html);
    }

    [Fact]
    public void The_redline_build_writes_the_matrix_of_its_round_too()
    {
        using var repo = ReviewRoundFixture.Create();
        repo.BuildRedline();

        foreach (var extension in new[] { "docx", "html", "csv" })
            Assert.True(File.Exists(repo.Mini.PathOf($"out/informe-v1-matriz.{extension}")), extension);
    }

    [Fact]
    public void A_round_without_comments_is_refused_with_exit_code_2_and_nothing_written()
    {
        using var repo = new RedlineRepository();
        var result = Allas.Run(repo.Root, "review", "matrix", "informe", "--release", "v1");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no hay comentarios ni cambios importados para la versión 'v1'", result.StdErr);
        Assert.False(Directory.Exists(repo.Mini.PathOf("out")));
    }

    [Fact]
    public void Csv_fields_with_separators_quotes_and_line_breaks_are_quoted_as_RFC_4180_says()
    {
        var matrix = new ResponseMatrix("informe", "Informe", "v1",
            [new MatrixRow("1", "DMRI", "2024-03-10", "1 Las oficinas", "", "x.md:3", "dice \"esto\"", "uno; dos\ntres", "", "abierto")]);

        var text = Encoding.UTF8.GetString(MatrixCsv.Write(matrix)[3..]);

        Assert.EndsWith("1;DMRI;2024-03-10;1 Las oficinas;;x.md:3;\"dice \"\"esto\"\"\";\"uno; dos\ntres\";;abierto\r\n", text);
        Assert.Equal(matrix.Rows[0].Comment, ParseCsv(text)[1][7]);
    }

    /// <summary>RFC 4180 with ';' as the separator, as a spreadsheet reads it.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ';': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    rows.Add([.. fields]);
                    fields.Clear();
                    break;
                default: field.Append(c); break;
            }
        }
        return rows;
    }
}

/// <summary>The Word matrix as LibreOffice lays it out: its title at the top of the first page.</summary>
public class ResponseMatrixLayoutTests
{
    [Fact]
    public void The_word_matrix_starts_with_its_title_at_the_top_of_the_first_page()
    {
        var lo = LibreOffice.Require();
        var pdf = Pdf.Require();
        using var repo = ReviewRoundFixture.Create();
        Assert.Equal(0, Allas.Run(repo.Root, "review", "matrix", "informe", "--release", "v1").ExitCode);

        var file = lo.ConvertToPdf(repo.Mini.PathOf("out/informe-v1-matriz.docx"));
        var lines = pdf.Text(file, 1, 1, layout: true).Split('\n');

        var title = Array.FindIndex(lines, l => l.Contains("Matriz de comentarios", StringComparison.Ordinal));
        Assert.InRange(title, 0, 2);
    }
}

/// <summary>Sections a template loop writes stand on one source line: the matrix names the one the item is on, or none.</summary>
public class ReleaseOutlineTests
{
    private static readonly ReleaseOutline Annex = new("Cuaderno", [new OutlineChapter("content/c/anexo-b.md", "Anexo B. Fichas de los socios",
        [new OutlineSection(6, "B.1 Montevideo"), new OutlineSection(6, "B.2 Quito"), new OutlineSection(6, "B.8 Rosario")])]);

    [Fact]
    public void A_comment_on_a_section_a_loop_wrote_is_filed_under_that_section_not_the_last_one()
    {
        Assert.Equal(("Anexo B. Fichas de los socios", "B.2 Quito"), Annex.Where("content/c/anexo-b.md", 6, "Quito\nFicha de Quito"));
        Assert.Equal(("Anexo B. Fichas de los socios", ""), Annex.Where("content/c/anexo-b.md", 6, "Población y presupuesto"));
    }
}
