namespace AlLas.Publishing.Review.Import;

/// <summary>Paragraph splits and joins, formatting changes, and why `review apply` leaves some changes to the writers.</summary>
public sealed partial class ReviewMapper
{
    public const string AcrossFiles = "el cambio abarca más de un archivo fuente: aplíquelo a mano en cada uno";
    public const string InsideGeneratedText = "el cambio cae dentro de un texto que escribe la compilación (referencia, cita, número o plantilla): decida a mano";
    public const string CutGeneratedText = "el cambio toca solo una parte de un texto que escribe la compilación (referencia, cita, número o plantilla): decida a mano";
    public const string PartOfInsertedRow = "forma parte de una fila insertada: se aplica con la fila";
    public const string PartOfDeletedRow = "forma parte de una fila eliminada: se aplica con la fila";
    public const string CellChange = "una celda insertada o eliminada cambia las columnas de una sola fila, y una tabla Markdown no lo admite: decida a mano";
    public const string ParagraphFormatChange = "un cambio de formato de párrafo (estilo, sangría, alineación, numeración) no tiene equivalente en el Markdown: decida a mano";
    public const string OtherFormatChange = "un cambio de formato de una marca de párrafo, una tabla o una sección no tiene equivalente en el Markdown: decida a mano";
    public const string UnknownFormatChange = "no se pudo leer qué formato cambió: decida a mano";
    public const string InvisibleFormatChange = "el cambio de formato no toca nada que el Markdown escriba (idioma u otras propiedades): nada que aplicar";

    /// <summary>A paragraph split with Track Changes on: the point where its paragraph mark was inserted.</summary>
    private ItemMapping Split(DocxLocation location)
    {
        if (!where.TryGetValue((location.Part, location.Paragraph), out var at) || at.Paragraph.Target is null)
            return Range(location, "");
        return SplitAt(at.Paragraph, at.Offset + location.Start);
    }

    /// <summary>A split before offset k of a logical paragraph: the point in the sources, and whether a blank line there says the same in Markdown.</summary>
    private static ItemMapping SplitAt(Logical paragraph, int k)
    {
        var index = TargetIndex(paragraph, k);
        if (index < 0 || PointAt(paragraph.Target!, index) is not { } point) return ItemMapping.None(NoParagraph);
        var mapping = ItemMapping.To(point);
        if (!point.IsPoint || InsideGenerated(paragraph.Target!, index)) return mapping with { Manual = InsideGeneratedText };
        if (index <= 0 || index >= paragraph.Target!.Text.Length)
            return mapping with { Manual = "la división deja un párrafo vacío, que el Markdown no tiene: decida a mano" };
        return BlockProblem(paragraph.Target!, index, "la división") is { } problem ? mapping with { Manual = problem } : mapping;
    }

    /// <summary>Two paragraphs joined with Track Changes on: the paragraph mark deleted at the end of the first.</summary>
    private ItemMapping Join(DocxLocation location)
    {
        if (!where.TryGetValue((location.Part, location.Paragraph), out var first) || first.Paragraph.Target is not { } a
            || !where.TryGetValue((location.Part, location.Paragraph + 1), out var second) || second.Paragraph.Target is not { } b
            || ReferenceEquals(a, b))
            return Range(location, "") with { Manual = "no se encuentran en las fuentes los dos párrafos que se unen: decida a mano" };
        return JoinOf(a, b);
    }

    /// <summary>
    /// Two release paragraphs a reviewer joined: what separates their sources (a blank line) is
    /// what `review apply` turns into a space, when both are plain paragraphs of the same file.
    /// </summary>
    private static ItemMapping JoinOf(TextTarget first, TextTarget second)
    {
        var last = Enumerable.Range(0, first.Text.Length).Reverse().Select(first.At).OfType<SourceChar>().FirstOrDefault();
        var next = Enumerable.Range(0, second.Text.Length).Select(second.At).OfType<SourceChar>().FirstOrDefault();
        if (last.Source is null || next.Source is null) return ItemMapping.None(NoParagraph);
        if (last.Source.File != next.Source.File)
            return ItemMapping.To(Located(last.Source, last.End + 1, last.End)) with { Continues = [Located(next.Source, next.Start, next.Start - 1)], Manual = AcrossFiles };
        // The blank line between them; what closes the first paragraph's last inline (a bracket, emphasis) or opens the second's stays.
        var text = last.Source.Text;
        var blank = next.Start > last.End ? text.IndexOf("\n\n", last.End + 1, next.Start - last.End - 1, StringComparison.Ordinal) : -1;
        if (!last.Verbatim || !next.Verbatim || blank < 0)
            return ItemMapping.To(Located(last.Source, last.End + 1, last.End)) with
            {
                Manual = "entre los dos párrafos unidos no hay una línea en blanco en las fuentes (texto generado o marcas de Markdown): decida a mano",
            };
        var from = blank;
        while (from > last.End + 1 && text[from - 1] is ' ' or '\t') from--;
        var to = blank;
        while (to < next.Start && char.IsWhiteSpace(text[to])) to++;
        var between = Located(last.Source, from, to - 1);
        if (text.AsSpan(last.End + 1, from - last.End - 1).Contains('\n') || text.AsSpan(to, next.Start - to).Contains('\n'))
            return ItemMapping.To(between) with { Manual = "entre los dos párrafos unidos hay más que una línea en blanco en las fuentes: decida a mano" };
        var problem = BlockProblem(first, first.Text.Length - 1, "la unión") ?? BlockProblem(second, 0, "la unión");
        return problem is null ? ItemMapping.To(between) : ItemMapping.To(between) with { Manual = problem };
    }

    /// <summary>Why a blank line added or removed at a point of a release paragraph would not say the same in Markdown; null for a plain paragraph.</summary>
    private static string? BlockProblem(TextTarget target, int index, string what) => KindAt(target, index) switch
    {
        BlockKind.Paragraph => null,
        null => $"no se sabe en qué bloque del Markdown cae {what}: decida a mano",
        BlockKind.Heading => $"{what} cae en un título, que en Markdown es una sola línea: decida a mano",
        BlockKind.FigureCaption or BlockKind.TableCaption => $"{what} cae en un pie de figura o de tabla: decida a mano",
        BlockKind.TableCell => $"{what} cae en una celda de tabla, que en Markdown no admite párrafos: decida a mano",
        BlockKind.ListItem => $"{what} cae en un elemento de lista: decida a mano si es un elemento nuevo o un párrafo del mismo",
        BlockKind.Footnote => $"{what} cae en una nota al pie: decida a mano",
        BlockKind.Quote => $"{what} cae en una cita en bloque: decida a mano",
        _ => $"{what} cae en un bloque que no es un párrafo: decida a mano",
    };

    /// <summary>The kind of block character <paramref name="index"/> of a release paragraph (or of paragraphs joined) comes from.</summary>
    private static BlockKind? KindAt(TextTarget target, int index) =>
        target is JoinedTarget joined ? joined.Locate(Math.Clamp(index, 0, Math.Max(0, joined.Text.Length - 1))) is ({ } inner, var offset) ? KindAt(inner, offset) : null
        : target.Kind;

    /// <summary>A run's formatting changed: where, what changed, and whether Markdown can say it.</summary>
    private ItemMapping Format(ReviewRevision revision, DocxLocation location)
    {
        var mapping = Range(location, revision.Text);
        var change = location.Paragraph == location.EndParagraph && paragraphs.TryGetValue((location.Part, location.Paragraph), out var paragraph)
            ? returned.Of(location.Part, location.Paragraph, paragraph.OriginalText)?.FormatChanges.FirstOrDefault(f => f.Start == location.Start && f.End == location.End)
            : null;
        if (change is null)
            return mapping with { Manual = location.Start == location.End || revision.Text.Length == 0 ? OtherFormatChange : UnknownFormatChange };
        var formatting = change.Formatting;
        mapping = mapping with { Formatting = formatting.ToString() };
        if (!formatting.IsMarkdown)
            return mapping with
            {
                Manual = formatting.Others.Count > 0
                    ? $"el cambio de formato ({formatting.OthersInSpanish}) no se escribe en Markdown: decida a mano"
                    : InvisibleFormatChange,
            };
        if (mapping.Continues.Count > 0) return mapping with { Manual = AcrossFiles };
        if (mapping.Source is not null && TextChangeProblem(location, insertion: false) is { } problem) return mapping with { Manual = problem };
        return mapping;
    }
}
