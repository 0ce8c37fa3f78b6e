using AlLas.Publishing.Markdown;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Docx.Styling;

/// <summary>
/// The default reference docx: a short sample publication written with the built-in styles, so that
/// a designer sees every style in use (cover, credits, disclaimer, contents, headings 1–4, body text,
/// quotes, lists, a captioned table, a note, a pending mark, an annex), restyles it in Word, and
/// saves it as templates/reference.docx. Only styles, numbering, theme, fonts and page setup are
/// taken from it; its text is never used.
/// </summary>
public static class ReferenceDocument
{
    private const string Cover = """
        ::: portada
        Colección de cuadernos

        # Título del documento

        ## Subtítulo del documento

        Producto 0 · fecha · versión
        :::
        """;

    private const string Credits = """
        # Créditos

        Texto de créditos en el estilo **Body Text**.

        ::: aviso-ue
        Aviso de la Unión Europea en el estilo «Aviso UE».
        :::
        """;

    private const string Chapter = """
        # Título 1, numerado por la lista de títulos

        Párrafo en el estilo Body Text, con una nota al pie[^1], una [PENDIENTE: tarea por hacer] y un
        [enlace](https://example.org).

        [^1]: Texto de nota al pie (footnote text).

        ## Título 2

        > Cita en el estilo Block Text.

        - Elemento de lista (List Paragraph)
        - Otro elemento

        ### Título 3

        | Columna | Valor |
        |---|--:|
        | Fila de encabezado repetida | 1 |
        | Texto de tabla | 2 |

        Tabla: Leyenda en el estilo Caption {#tbl-ejemplo}

        #### Título 4

        ```
        Texto de código
        ```
        """;

    private const string Annex = """
        # Título de anexo (estilo Anexo)

        ## Sección de anexo

        Texto del anexo.
        """;

    public static DocxManuscript Manuscript()
    {
        DocxChapter Part(string markdown, DocxChapterKind kind)
        {
            var document = PublicationMarkdown.Parse(markdown, DefaultStyles.Language);
            foreach (var caption in document.Descendants<TableCaptionBlock>())
                caption.Target = new LabelTarget(caption.Label ?? "", LabelKind.Table, "1", "Leyenda");
            return new DocxChapter(document, kind, "reference.docx");
        }

        return new DocxManuscript
        {
            Title = "Documento de referencia",
            HeaderText = "Encabezado",
            FooterText = "Pie de página",
            Cover = Part(Cover, DocxChapterKind.Cover),
            Preliminaries = [Part(Credits, DocxChapterKind.Preliminary)],
            Chapters = [Part(Chapter, DocxChapterKind.Numbered), Part(Annex, DocxChapterKind.Annex)],
        };
    }

    /// <summary>Writes the default reference docx, always from the built-in styles.</summary>
    public static DocxResult Write(string path) => DocxWriter.Write(Manuscript(), new DocxOptions(), path);
}
