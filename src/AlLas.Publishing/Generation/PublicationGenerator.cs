using System.Globalization;
using System.Text;

namespace AlLas.Publishing.Generation;

/// <summary>What was generated: the repository folder, its one document and what it holds.</summary>
public sealed record GeneratedPublication(string Root, string DocumentId, int Pages, int Seed, double EstimatedPages, GenerationTally Tally)
{
    public string DocumentFolder => Path.Combine(Root, Content.Paths.Content, DocumentId);
}

/// <summary>
/// Writes a whole publication repository of a given size in pages, the same for the same seed: shared
/// data, a bibliography, one document of numbered chapters and two annexes, one small figure reused,
/// and a copy of the repository's templates. Used to measure how the toolkit scales.
/// </summary>
public static class PublicationGenerator
{
    public const string DocumentId = "documento-base";
    public const string FigureFile = "grafico-barras.png";

    /// <summary>Pages per chapter: a chapter of a cuaderno runs to about ten pages.</summary>
    public const double ChapterPages = 10;

    public static GeneratedPublication Generate(string root, int pages, int seed, string templatesDirectory)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        var random = new Random(seed);
        var prose = new SpanishProse(random);
        var content = Path.Combine(root, Content.Paths.Content);
        var document = Path.Combine(content, DocumentId);
        Directory.CreateDirectory(Path.Combine(content, "media"));
        Directory.CreateDirectory(document);

        Write(Path.Combine(content, "publication.yml"), SyntheticPublicationData.PublicationYml);
        var keys = WriteBibliography(Path.Combine(content, Content.Bibliography.FileName), prose);
        File.WriteAllBytes(Path.Combine(content, "media", FigureFile), Convert.FromBase64String(BarChartPng));

        var composer = new ChapterComposer(prose, keys);
        var chapters = new List<string> { "000-presentacion.md" };
        Write(Path.Combine(document, chapters[0]), composer.Presentation());
        for (var number = 1; composer.Pages < pages - 0.5; number++)
        {
            var file = $"{number:D3}-capitulo.md";
            var size = Math.Min(ChapterPages, pages - composer.Pages);
            Write(Path.Combine(document, file), composer.Chapter(number, size, withScriban: number % 5 == 1));
            chapters.Add(file);
        }
        var estimated = composer.Pages;
        Write(Path.Combine(document, "anexo-a-siglas.md"), Acronyms());
        Write(Path.Combine(document, "anexo-b-bibliografia.md"), "# Bibliografía {#anx-bibliografia}\n\nObras citadas en el documento.\n");
        Write(Path.Combine(document, Content.Paths.ManifestName), Manifest(pages, chapters));

        CopyDirectory(templatesDirectory, Path.Combine(root, Content.Paths.Templates));
        return new GeneratedPublication(root, DocumentId, pages, seed, estimated, composer.Tally);
    }

    private static string Manifest(int pages, IEnumerable<string> chapters)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"title: Documento base de prueba de {pages} páginas\n");
        text.Append("subtitle: La acción internacional de los gobiernos locales\n");
        text.Append("deliverable: 1\ndue: 2014-01-01\n");
        text.Append(CultureInfo.InvariantCulture, $"pages: {pages}\n");
        text.Append("lang: es-ES\nchapters:\n");
        foreach (var chapter in chapters) text.Append("  - ").Append(chapter).Append('\n');
        text.Append("annexes:\n  - anexo-a-siglas.md\n  - anexo-b-bibliografia.md\n");
        return text.ToString();
    }

    private static List<string> WriteBibliography(string path, SpanishProse prose)
    {
        var keys = new List<string>();
        var text = new StringBuilder("# Obras generadas para la prueba de rendimiento.\n");
        string[] types = ["book", "article-journal", "chapter", "report", "webpage"];
        for (var i = 0; i < 80; i++)
        {
            var family = prose.Family();
            var year = prose.Between(1990, 2013);
            var key = Ascii(family) + year.ToString(CultureInfo.InvariantCulture);
            for (var suffix = 'a'; keys.Contains(key); suffix++) key = Ascii(family) + year + suffix;
            keys.Add(key);
            var type = types[i % types.Length];
            text.Append("- id: ").Append(key).Append('\n');
            text.Append("  type: ").Append(type).Append('\n');
            text.Append("  author: [{family: ").Append(Quote(family)).Append(", given: ").Append(Quote(prose.Given())).Append('}');
            if (prose.Chance(0.3)) text.Append(", {family: ").Append(Quote(prose.Family())).Append(", given: ").Append(Quote(prose.Given())).Append('}');
            text.Append("]\n");
            text.Append("  issued: ").Append(year).Append('\n');
            text.Append("  title: ").Append(Quote(prose.Phrase())).Append('\n');
            switch (type)
            {
                case "article-journal":
                    text.Append("  container-title: ").Append(Quote(prose.Journal())).Append('\n');
                    text.Append("  volume: ").Append(prose.Between(1, 40)).Append("\n  issue: ").Append(prose.Between(1, 4)).Append('\n');
                    text.Append("  page: ").Append(Quote($"{prose.Between(1, 90)}-{prose.Between(91, 180)}")).Append('\n');
                    break;
                case "chapter":
                    text.Append("  container-title: ").Append(Quote(prose.Phrase(false))).Append('\n');
                    text.Append("  publisher: ").Append(Quote(prose.Publisher())).Append("\n  publisher-place: ").Append(Quote(prose.Place())).Append('\n');
                    break;
                case "webpage":
                    text.Append("  URL: https://example.org/").Append(key).Append('\n');
                    break;
                default:
                    text.Append("  publisher: ").Append(Quote(prose.Publisher())).Append("\n  publisher-place: ").Append(Quote(prose.Place())).Append('\n');
                    break;
            }
        }
        Write(path, text.ToString());
        return keys;
    }

    private static string Acronyms() => """
        # Siglas {#anx-siglas}

        | Sigla | Significado |
        |---|---|
        | AL-LAs | Alianza euro-latinoamericana de cooperación entre ciudades |
        | ORI | Oficina de relaciones internacionales |
        | CD | Cooperación descentralizada |
        | UE | Unión Europea |

        Tabla: Siglas usadas en el documento {#tbl-siglas}

        """;

    private static string Ascii(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (c < 128 && char.IsLetter(c)) plain.Append(char.ToLowerInvariant(c));
        }
        return plain.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static void Write(string path, string text) => File.WriteAllText(path, text.Replace("\r\n", "\n"), new UTF8Encoding(false));

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>A 48 × 32 bar chart, 143 bytes: figures measure the build's handling of images, not their size.</summary>
    private const string BarChartPng =
        "iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAAVklEQVR42u3OMQ0AIRQEUeSgBAc0W+MABzjAAUqwxjVXbU9C8mcyAl46j5UA/W1VG1AUUNOwAQG6C1pqNqAooKJpAwJ0FzTUbUBRQFnLBgQIECBAT4E+v/Ex4L1IEa4AAAAASUVORK5CYII=";
}
