namespace AlLas.Publishing.Generation;

/// <summary>
/// The shared data of a generated publication: every key of content/publication.yml that the templates
/// and partials read, with neutral values that describe a test publication rather than the real project.
/// </summary>
public static class SyntheticPublicationData
{
    public const string PublicationYml = """
        # Publicación generada para medir la velocidad de la cadena de publicación; sus datos no son reales.
        project:
          name: AL-LAs
          long_name: Alianza euro-latinoamericana de cooperación entre ciudades
          tagline: Ciudades al mundo
          funding_line: Proyecto financiado por la UE
          programme: Agentes no estatales y autoridades locales en el desarrollo
          collection: Colección de cuadernos de prueba
          coordinator:
            name: Coordinación de prueba
            unit: Unidad de publicaciones
            city: Ciudad de México
          aims:
            - Medir el tiempo de construcción de una publicación extensa
          themes: [sustentabilidad, inclusión social, atractividad territorial]
          disclaimer: >-
            Texto generado automáticamente para pruebas de rendimiento. No expresa la opinión de
            ninguna institución.
        credits:
          authors:
            - {name: Equipo redactor de prueba, role: redacción}
          responsible: {name: Coordinación de prueba, unit: Unidad de publicaciones}
        partners:
          - {id: lima, name: Municipalidad de Lima, short: Lima, city: Lima, country: Perú, kind: gobierno local}
          - {id: quito, name: Municipio de Quito, short: Quito, city: Quito, country: Ecuador, kind: gobierno local}
          - {id: medellin, name: Municipio de Medellín, short: Medellín, city: Medellín, country: Colombia, kind: gobierno local, via: agencia local de cooperación}
          - {id: montevideo, name: Intendencia de Montevideo, short: Montevideo, city: Montevideo, country: Uruguay, kind: gobierno local}
          - {id: red, name: Red de ciudades de prueba, short: RCP, city: null, country: España, kind: red de gobiernos locales}
        collaborators:
          - {id: universidad, name: Universidad de prueba, short: UP, city: Bogotá, country: Colombia, role: apoyo académico}
        workshops:
          - {number: 1, theme: Estrategias de internacionalización, city: Ciudad de México, country: México, dates: mayo de 2013, start: 2013-05-13, lead: lima}
          - {number: 2, theme: Oficinas de relaciones internacionales, city: Quito, country: Ecuador, dates: septiembre de 2013, start: 2013-09-09, lead: quito}
        deliverables:
          - {number: 1, title: Documento base de prueba, content: Texto generado, due: 1 de enero de 2014, pages: null}
        people:
          - {role: coordinación, organisation: Coordinación de prueba}
        """;
}
