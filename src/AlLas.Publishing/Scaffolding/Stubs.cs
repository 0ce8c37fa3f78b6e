namespace AlLas.Publishing.Scaffolding;

/// <summary>One file of a new document: where it goes and what a writer finds in it.</summary>
public sealed record Stub(string File, string Text);

/// <summary>
/// The chapters and annexes a new cuaderno starts with, in the shape of Cuaderno 2. Each says, as
/// pending work, what it is for; the writer replaces the notes and keeps the headings that serve.
/// </summary>
public static class Stubs
{
    public static IReadOnlyList<Stub> Chapters { get; } =
    [
        new("01-introduccion.md", """
            # Introducción {#sec-introduccion}

            [PENDIENTE: para qué sirve este cuaderno dentro del proyecto {{ publication.project.name }}, a quién se dirige y cómo se lee]

            ## Objetivos {#sec-objetivos}

            [PENDIENTE: los objetivos del cuaderno, en pocas líneas]

            ## Estructura del documento {#sec-estructura}

            El @sec-contexto presenta el contexto; el @sec-analisis, el análisis; el @sec-conclusiones, las conclusiones y recomendaciones. Los anexos reúnen las siglas y la bibliografía.

            """),
        new("02-contexto.md", """
            # Contexto {#sec-contexto}

            [PENDIENTE: el marco del tema en América Latina y en la cooperación entre ciudades]

            ## Antecedentes {#sec-antecedentes}

            [PENDIENTE: lo que ya se ha hecho y dicho sobre el tema, con sus fuentes en la bibliografía]

            """),
        new("03-analisis.md", """
            # Análisis {#sec-analisis}

            [PENDIENTE: el análisis comparado de las ciudades socias]

            ## Método {#sec-metodo}

            [PENDIENTE: fuentes, cuestionarios y talleres de los que sale el análisis]

            ## Resultados {#sec-resultados}

            [PENDIENTE: lo que muestra el análisis, con figuras y tablas numeradas]

            """),
        new("04-conclusiones.md", """
            # Conclusiones y recomendaciones {#sec-conclusiones}

            [PENDIENTE: las conclusiones principales]

            ## Recomendaciones {#sec-recomendaciones}

            [PENDIENTE: recomendaciones concretas para los gobiernos locales y sus redes]

            """),
    ];

    public static IReadOnlyList<Stub> Annexes { get; } =
    [
        new("anexo-a-siglas.md", """
            # Siglas y acrónimos {#anx-siglas}

            | Sigla | Significado |
            |---|---|
            | UE | Unión Europea |

            Tabla: Siglas y acrónimos usados en el documento {#tbl-siglas}

            [PENDIENTE: completar la lista a medida que se escriben los capítulos]

            """),
        new("anexo-b-bibliografia.md", """
            # Bibliografía {#anx-bibliografia}

            """),
    ];
}
