using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Tests.Support;
using Markdig;

namespace AlLas.Publishing.Tests.Rendering.Docx;

/// <summary>
/// A small publication built by hand from plain Markdig: every block and inline kind the writer
/// handles, a figure of each image format, a landscape stretch, an annex.
/// </summary>
internal static class SampleManuscript
{
    public static string Fixtures => Path.Combine(RepoPaths.Tests, "Rendering", "Docx", "Fixtures");

    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UseCustomContainers()
        .UseGenericAttributes()
        .Build();

    public const string CoverPage = """
        ::: portada
        Colección de cuadernos para la internacionalización de las ciudades latinoamericanas

        # Resumen ejecutivo del Taller 2

        ## Funcionamiento y actividades de las oficinas de relaciones internacionales

        Producto 3

        Versión v0.2-preliminar
        :::
        """;

    public const string Credits = """
        # Créditos

        Coordinación General de Asuntos Internacionales, Ciudad de México.

        Dirección Metropolitana de Relaciones Internacionales, Quito.
        """;

    public const string Disclaimer = """
        # Aviso

        Esta publicación ha sido elaborada con la ayuda de la Unión Europea. Su contenido es
        responsabilidad exclusiva de sus autores.
        """;

    public const string Presentation = """
        # Presentación {#sec-presentacion}

        Este cuaderno recoge lo aprendido en el segundo taller.
        """;

    public const string Offices = """
        # Las oficinas de relaciones internacionales {#sec-ori}

        Las ciudades **socias** trabajan *juntas* desde 2013, con `datos` abiertos[^1] y una
        [página del proyecto](https://example.org/al-las).\
        Una línea nueva, y ~~algo tachado~~ con H~2~O y 10^3^.

        [^1]: Nota al pie con **énfasis**.

        ## Recursos humanos {#sec-recursos}

        - Primera viñeta
        - Segunda viñeta
          1. Paso anidado
          2. Otro paso

        3. Tercero
        4. Cuarto

        > Una cita larga de un coordinador, que se muestra como bloque aparte.

        ```
        allas build --doc resumen-ejecutivo
        ```

        ---

        | Socio | Ciudad | Países |
        |:------|:------:|-------:|
        | Municipalidad Metropolitana de Lima | Lima | 1 |
        | Distrito Metropolitano de Quito | Quito | 1 |

        | Segunda | Tabla |
        |---|---|
        | a | b |

        ![Fases del taller](grafico.png){#fig-fases}

        ### Presupuesto

        #### Detalle del presupuesto

        ::: horizontal
        | Año | Taller 1 | Taller 2 | Taller 3 | Taller 4 | Taller 5 | Taller 6 | Taller 7 |
        |-----|----------|----------|----------|----------|----------|----------|----------|
        | 2013 | México | Quito | | | | | |
        :::

        Texto tras el bloque horizontal.
        """;

    public const string Annex = """
        # Programa del taller {#anx-programa}

        ## Primer día

        ![Foto del taller en Quito](foto.jpg)

        +-------------+-------------+
        | Hora        | Actividad   |
        +=============+=============+
        | 9:00        | Apertura    |
        +-------------+-------------+
        """;

    public static DocxChapter Chapter(string markdown, DocxChapterKind kind, string file) =>
        new(Markdig.Markdown.Parse(markdown, Pipeline), kind, file, Fixtures);

    public static DocxManuscript Create() => new()
    {
        Title = "Resumen ejecutivo del Taller 2",
        Subtitle = "Funcionamiento y actividades de las oficinas de relaciones internacionales",
        Cover = Chapter(CoverPage, DocxChapterKind.Cover, "templates/portada.md"),
        HeaderText = "Ciudades al mundo",
        FooterText = "Proyecto financiado por la UE",
        Preliminaries =
        [
            Chapter(Credits, DocxChapterKind.Preliminary, "templates/creditos.md"),
            Chapter(Disclaimer, DocxChapterKind.Preliminary, "templates/aviso.md"),
        ],
        Chapters =
        [
            Chapter(Presentation, DocxChapterKind.Unnumbered, "content/ejemplo/00-presentacion.md"),
            Chapter(Offices, DocxChapterKind.Numbered, "content/ejemplo/01-oficinas.md"),
            Chapter(Annex, DocxChapterKind.Annex, "content/ejemplo/anexo-a-programa.md"),
        ],
    };

    public static DocxOptions Options { get; } = new()
    {
        DocumentId = "ejemplo",
        ReleaseLabel = "v0.2-preliminar",
        SourceCommit = "0123456789abcdef0123456789abcdef01234567",
        Author = "AL-LAs",
    };
}
