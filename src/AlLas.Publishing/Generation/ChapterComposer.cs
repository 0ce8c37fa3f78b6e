using System.Globalization;
using System.Text;

namespace AlLas.Publishing.Generation;

/// <summary>
/// Writes the Markdown of generated chapters in the publication's dialect: numbered headings with ids,
/// paragraphs with citations, cross-references, footnotes and pending notes, lists, captioned pipe tables
/// and figures. Keeps the running tallies (words, figures, tables) the page estimate is made from.
/// </summary>
internal sealed class ChapterComposer(SpanishProse prose, IReadOnlyList<string> citationKeys)
{
    private readonly List<string> labels = [];
    private readonly StringBuilder footnotes = new();
    private StringBuilder text = new();
    private string chapterKey = "";
    private int footnoteCount;
    private int figureCount;
    private int tableCount;

    public GenerationTally Tally { get; } = new();

    /// <summary>Estimated pages of what was written so far, by the rule of the build's summary (DocumentStats).</summary>
    public double Pages => Tally.Words / Content.DocumentStats.WordsPerPage + Tally.Figures * 0.4 + Tally.Tables * 0.25 + Tally.Chapters * 0.3;

    /// <summary>An unnumbered presentation that draws on the shared data through Scriban, as real chapters do.</summary>
    public string Presentation()
    {
        Begin("presentacion");
        text.Append("---\nnumbered: false\n---\n\n# Presentación {#sec-presentacion}\n\n");
        Tally.Words += 1;
        text.Append("Este documento de la {{ publication.project.collection }} recoge la experiencia de ")
            .Append("{{ include 'ciudades-socias' }} en la acción internacional de los gobiernos locales. ")
            .Append(Sentences(3)).Append("\n\n");
        Tally.Words += 20;
        text.Append(Paragraph()).Append("\n\n");
        text.Append("{{ include 'tabla-socios' }}\n\n");
        Tally.Tables++;
        Tally.Words += 40;
        text.Append(Paragraph()).Append("\n\n");
        return End();
    }

    /// <summary>A numbered chapter of about the given number of pages.</summary>
    public string Chapter(int number, double pages, bool withScriban)
    {
        Begin($"c{number:D3}");
        var start = Pages;
        Heading(1, $"sec-{chapterKey}");
        text.Append(Paragraph()).Append("\n\n").Append(Paragraph()).Append("\n\n");
        if (withScriban)
            text.Append("En el marco de {{ publication.project.name }}, ").Append(Lower(Sentences(2))).Append("\n\n");
        var section = 0;
        while (Pages - start < pages - 0.3)
        {
            section++;
            Heading(2, $"sec-{chapterKey}-{section}");
            for (var i = prose.Between(2, 3); i > 0; i--) text.Append(Paragraph()).Append("\n\n");
            if (prose.Chance(0.5)) List();
            if (prose.Chance(0.4)) Table();
            if (prose.Chance(0.45)) Figure();
            for (var sub = 1; sub <= prose.Between(1, 2); sub++)
            {
                Heading(3, $"sec-{chapterKey}-{section}-{sub}");
                text.Append(Paragraph()).Append("\n\n").Append(Paragraph()).Append("\n\n");
                if (prose.Chance(0.3))
                {
                    Heading(4, $"sec-{chapterKey}-{section}-{sub}-1");
                    text.Append(Paragraph()).Append("\n\n");
                }
            }
        }
        return End();
    }

    private void Begin(string key)
    {
        chapterKey = key;
        text = new StringBuilder();
        footnotes.Clear();
        footnoteCount = figureCount = tableCount = 0;
        Tally.Chapters++;
    }

    private string End()
    {
        if (footnotes.Length > 0) text.Append(footnotes);
        return text.ToString();
    }

    private void Heading(int level, string id)
    {
        var title = prose.Heading();
        text.Append('#', level).Append(' ').Append(title).Append(" {#").Append(id).Append("}\n\n");
        Tally.Words += Words(title);
        Tally.Headings++;
        labels.Add(id);
    }

    private string Sentences(int count)
    {
        var paragraph = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0) paragraph.Append(' ');
            paragraph.Append(Sentence());
        }
        return paragraph.ToString();
    }

    private string Paragraph() => Sentences(prose.Between(4, 7));

    private string Sentence()
    {
        var body = prose.SentenceBody();
        Tally.Words += Words(body);
        var sentence = new StringBuilder(body);
        if (prose.Chance(0.08))
        {
            var obj = prose.Object();
            sentence.Append(", lo que algunos llaman *").Append(obj).Append('*');
            Tally.Words += Words(obj) + 3;
        }
        else if (prose.Chance(0.05))
        {
            sentence.Append(", la llamada ").Append(prose.Quoted());
            Tally.Words += 5;
        }
        if (prose.Chance(0.12)) sentence.Append(' ').Append(Citation());
        if (labels.Count > 3 && prose.Chance(0.07))
        {
            sentence.Append(" (véase @").Append(labels[prose.Between(0, labels.Count - 2)]).Append(')');
            Tally.CrossReferences++;
            Tally.Words += 3;
        }
        if (prose.Chance(0.006))
        {
            sentence.Append(" [PENDIENTE: ").Append(prose.PendingNote()).Append(']');
            Tally.Pending++;
        }
        sentence.Append('.');
        if (prose.Chance(0.05)) Footnote(sentence);
        return sentence.ToString();
    }

    private string Citation()
    {
        Tally.Citations++;
        Tally.Words += 3;
        var key = prose.Pick(citationKeys);
        return prose.Between(0, 9) switch
        {
            < 6 => $"[@{key}]",
            < 9 => $"[@{key}, p. {prose.Between(3, 240).ToString(CultureInfo.InvariantCulture)}]",
            _ => $"[@{key}; @{prose.Pick(citationKeys)}]",
        };
    }

    private void Footnote(StringBuilder sentence)
    {
        // Labels unique in the document, so that the chapters joined into one file still read as one.
        var label = $"{chapterKey}-{++footnoteCount}";
        sentence.Append("[^").Append(label).Append(']');
        var note = prose.SentenceBody() + ".";
        footnotes.Append("[^").Append(label).Append("]: ").Append(note).Append("\n\n");
        Tally.Footnotes++;
        Tally.Words += Words(note);
    }

    private void List()
    {
        text.Append("Entre las medidas que se propusieron destacan las siguientes:\n\n");
        var ordered = prose.Chance(0.3);
        var items = prose.Between(3, 6);
        for (var i = 1; i <= items; i++)
        {
            var item = prose.Phrase();
            text.Append(ordered ? $"{i}. " : "- ").Append(item).Append(i == items ? ".\n" : ";\n");
            Tally.Words += Words(item);
        }
        text.Append('\n');
        Tally.Words += 8;
        Tally.Lists++;
    }

    private void Table()
    {
        var id = $"tbl-{chapterKey}-{++tableCount}";
        string[] states = ["vigente", "en revisión", "suspendido", "en preparación"];
        var rows = prose.Between(4, 9);
        if (prose.Chance(0.5))
        {
            text.Append("| Ciudad | Instrumento | Período | Situación |\n|---|---|---|---:|\n");
            for (var r = 0; r < rows; r++)
            {
                var year = prose.Between(2000, 2012);
                text.Append("| ").Append(prose.City()).Append(" | ").Append(prose.Phrase(false)).Append(" | ")
                    .Append(year).Append('–').Append(year + prose.Between(1, 4)).Append(" | ").Append(prose.Pick(states)).Append(" |\n");
            }
        }
        else
        {
            text.Append("| Eje | Acción | Responsable | Presupuesto (USD) | Avance |\n|---|---|---|---:|---:|\n");
            for (var r = 0; r < rows; r++)
            {
                var budget = (prose.Between(5, 900) * 1000).ToString("N0", CultureInfo.GetCultureInfo("es-ES"));
                text.Append("| ").Append(prose.Between(1, 3)).Append(" | ").Append(prose.Phrase(false)).Append(" | ")
                    .Append(prose.Subject()).Append(" | ").Append(budget).Append(" | ").Append(prose.Between(0, 100)).Append(" % |\n");
            }
        }
        var caption = $"{prose.Phrase(false)} en {prose.City()}";
        text.Append("\nTabla: ").Append(caption).Append(" {#").Append(id).Append("}\n\n");
        text.Append("Como resume la @").Append(id).Append(", ").Append(Lower(Sentence())).Append("\n\n");
        Tally.Words += rows * 9 + Words(caption) + 4;
        Tally.Tables++;
        Tally.CrossReferences++;
        labels.Add(id);
    }

    private void Figure()
    {
        var id = $"fig-{chapterKey}-{++figureCount}";
        var caption = $"{prose.Phrase(false)} en {prose.City()}";
        text.Append("![").Append(caption).Append("](../media/").Append(PublicationGenerator.FigureFile).Append("){#").Append(id)
            .Append(" alt=\"Gráfico de barras: ").Append(caption.ToLowerInvariant()).Append("\"}\n\n");
        text.Append("La @").Append(id).Append(" muestra la evolución descrita. ").Append(Sentence()).Append("\n\n");
        Tally.Words += Words(caption) + 6;
        Tally.Figures++;
        Tally.CrossReferences++;
        labels.Add(id);
    }

    private static string Lower(string s) => s.Length > 0 ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    private static int Words(string s)
    {
        var count = 1;
        foreach (var c in s) if (c == ' ') count++;
        return count;
    }
}

/// <summary>What a generated publication holds, counted while it was written.</summary>
public sealed class GenerationTally
{
    public int Chapters { get; set; }
    public int Headings { get; set; }
    public int Words { get; set; }
    public int Figures { get; set; }
    public int Tables { get; set; }
    public int Lists { get; set; }
    public int Footnotes { get; set; }
    public int Citations { get; set; }
    public int CrossReferences { get; set; }
    public int Pending { get; set; }
}
