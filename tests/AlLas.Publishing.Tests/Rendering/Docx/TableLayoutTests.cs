using AlLas.Publishing.Content;
using AlLas.Publishing.Content.Checks;
using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Rendering.Html;
using AlLas.Publishing.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;
using Document = AlLas.Publishing.Content.Document;

namespace AlLas.Publishing.Tests.Rendering.Docx;

/// <summary>Tables as a typesetter lays them out, and references to several of them, in the fixture publication.</summary>
public sealed class TableLayoutTests
{
    private const string Chapter = "content/informe/01-oficinas.md";

    private const string Tables = """
        ---
        id: oficinas
        ---
        # Las oficinas {#sec-oficinas}

        Las ciudades del proyecto son:

        | N.º | Ciudad | Situación de la oficina |
        |---|---|---|
        | 1 | Hermanamientos | Una oficina con dos personas dedicadas a la cooperación descentralizada, al protocolo y a la promoción de la ciudad en redes internacionales de gobiernos locales. |
        | 2 | Lima | Una unidad pequeña. |

        Tabla: Ciudades y oficinas {#tbl-ciudades}

        Texto después de la tabla.

        | Campo | Contenido |
        |---|---|
        | Nombre | La oficina de relaciones internacionales de la ciudad, con sus competencias, su personal y su presupuesto propio. |

        Tabla: Ficha de Lima {#tbl-lima}

        | Campo | Contenido |
        |---|---|
        | Proyectos destacados | Breve. |

        Tabla: Ficha de Quito {#tbl-quito}

        | Eje | Recomendación |
        |---|---|
        | A | Texto. |

        Tabla: Anchuras elegidas {#tbl-elegida widths="30,70"}

        Véanse @tbl-ciudades, @tbl-lima y @tbl-quito; y también las @tbl-lima y @tbl-quito, y la @tbl-elegida.
        """;

    private static (Publication Publication, Document Document) Load(MiniPublication mini, string chapter)
    {
        mini.Write(Chapter, chapter);
        var publication = mini.Load();
        return (publication, publication.Documents[0]);
    }

    private static WordFile Word(Publication publication, Document document) =>
        new(new DocxDocumentWriter(RepoPaths.Templates).Build(document, publication).Bytes);

    private static int[] Grid(Table table) =>
        table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToArray();

    private static Table TableAfter(WordFile word, string caption) =>
        word.Paragraphs.First(p => WordFile.Text(p).EndsWith(caption, StringComparison.Ordinal)).ElementsAfter().OfType<Table>().First();

    [Fact]
    public void A_column_is_never_narrower_than_its_longest_word_and_long_text_takes_the_room()
    {
        using var mini = new MiniPublication();
        var (publication, document) = Load(mini, Tables);
        using var word = Word(publication, document);

        var grid = Grid(TableAfter(word, "Ciudades y oficinas"));
        Assert.Equal(3, grid.Length);
        // "Hermanamientos" at 10 pt Calibri is about 66 pt (1,320 twips) wide, plus 216 twips of cell margins.
        Assert.InRange(grid[1], 1550, 2600);
        // "N.º" in bold at 10 pt, plus margins: a narrow column, never cut.
        Assert.InRange(grid[0], 450, 1000);
        Assert.True(grid[2] > grid[0] + grid[1], $"the long text column gets the rest: {string.Join(", ", grid)}");
    }

    [Fact]
    public void Tables_of_one_shape_share_their_widths_and_a_writer_can_choose_them()
    {
        using var mini = new MiniPublication();
        var (publication, document) = Load(mini, Tables);
        using var word = Word(publication, document);

        var lima = Grid(TableAfter(word, "Ficha de Lima"));
        var quito = Grid(TableAfter(word, "Ficha de Quito"));
        Assert.Equal(lima, quito);
        // The short "Campo" column is as wide as "Proyectos destacados" on one line, not most of the page.
        Assert.True(lima[0] < lima[1] / 2, string.Join(", ", lima));

        var chosen = Grid(TableAfter(word, "Anchuras elegidas"));
        Assert.Equal(0.30, chosen[0] / (double)chosen.Sum(), 2);
    }

    [Fact]
    public void Rows_stay_whole_headers_repeat_and_text_keeps_its_distance_from_tables()
    {
        using var mini = new MiniPublication();
        var (publication, document) = Load(mini, Tables);
        using var word = Word(publication, document);

        var table = TableAfter(word, "Ciudades y oficinas");
        var rows = table.Elements<TableRow>().ToList();
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Null(rows[1].TableRowProperties!.GetFirstChild<TableHeader>());

        var after = word.Paragraphs.Single(p => WordFile.Text(p) == "Texto después de la tabla.");
        Assert.IsType<Table>(after.PreviousSibling());
        Assert.True(int.Parse(after.ParagraphProperties!.SpacingBetweenLines!.Before!.Value!) >= 120);

        var intro = word.Paragraphs.Single(p => WordFile.Text(p) == "Las ciudades del proyecto son:");
        Assert.NotNull(intro.ParagraphProperties!.KeepNext);
        var caption = word.Paragraphs.Single(p => WordFile.Text(p).EndsWith("Ciudades y oficinas", StringComparison.Ordinal));
        Assert.NotNull(caption.ParagraphProperties!.KeepNext);
    }

    [Fact]
    public void References_to_several_tables_read_the_Spanish_way_in_Word_and_HTML()
    {
        using var mini = new MiniPublication();
        var (publication, document) = Load(mini, Tables);
        using var word = Word(publication, document);

        var expected = "Véanse tablas 1 a 3; y también las tablas 2 y 3, y la tabla 4.";
        Assert.Contains(word.Paragraphs, p => WordFile.Text(p) == expected);

        var html = new HtmlWriter(mini.PathOf("templates")).Write(document, publication).Single(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal));
        var text = System.Text.RegularExpressions.Regex.Replace(System.Text.Encoding.UTF8.GetString(html.Content), "<[^>]+>", "");
        Assert.Contains(expected, text);
    }

    [Theory]
    [InlineData("30,60", "suman 90")]
    [InlineData("30,40,30", "2 columna(s)")]
    [InlineData("30,setenta", "número")]
    public void Wrong_widths_stop_the_build_at_their_caption_line(string widths, string message)
    {
        using var mini = new MiniPublication();
        mini.Write(Chapter, Tables.Replace("widths=\"30,70\"", $"widths=\"{widths}\""));
        var diagnostics = new Diagnostics();
        var publication = mini.Load(diagnostics);
        SourceChecks.Run(publication, diagnostics);

        var error = Assert.Single(diagnostics.Items, d => d.Code == TableWidthsCheck.Code);
        Assert.Equal(Severity.Error, error.Severity);
        var line = Tables.Split('\n').ToList().FindIndex(l => l.Contains("{#tbl-elegida", StringComparison.Ordinal)) + 1;
        Assert.Equal($"{Chapter}({line},1)", error.Location);
        Assert.Contains(message, error.Message);
    }
}
