namespace AlLas.Publishing.Review;

/// <summary>The kinds of revision of the review contract, in its words (see <see cref="RevisionKinds.Name"/>).</summary>
public enum RevisionKind
{
    Insert,
    Delete,
    MoveFrom,
    MoveTo,
    /// <summary>Run, table, row, cell or section properties changed (w:rPrChange, w:tblPrChange, w:sectPrChange...).</summary>
    Format,
    /// <summary>Paragraph properties changed (w:pPrChange, numbering added through w:numPr/w:ins).</summary>
    ParagraphFormat,
    /// <summary>A paragraph mark inserted: a paragraph split in two.</summary>
    ParagraphInsert,
    /// <summary>A paragraph mark deleted: two paragraphs merged.</summary>
    ParagraphDelete,
    RowInsert,
    RowDelete,
    CellInsert,
    CellDelete,
    /// <summary>Text that differs from the release without a revision mark; only the import step, which knows the release, finds these.</summary>
    UntrackedEdit,
}

public static class RevisionKinds
{
    public static string Name(this RevisionKind kind) => kind switch
    {
        RevisionKind.Insert => "insert",
        RevisionKind.Delete => "delete",
        RevisionKind.MoveFrom => "move-from",
        RevisionKind.MoveTo => "move-to",
        RevisionKind.Format => "format",
        RevisionKind.ParagraphFormat => "paragraph-format",
        RevisionKind.ParagraphInsert => "paragraph-insert",
        RevisionKind.ParagraphDelete => "paragraph-delete",
        RevisionKind.RowInsert => "row-insert",
        RevisionKind.RowDelete => "row-delete",
        RevisionKind.CellInsert => "cell-insert",
        RevisionKind.CellDelete => "cell-delete",
        RevisionKind.UntrackedEdit => "untracked-edit",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static RevisionKind Parse(string name)
    {
        foreach (var kind in Enum.GetValues<RevisionKind>())
            if (kind.Name() == name) return kind;
        throw new ArgumentException($"tipo de cambio desconocido: {name}", nameof(name));
    }

    /// <summary>How the Spanish summaries name each kind.</summary>
    public static string Label(this RevisionKind kind) => kind switch
    {
        RevisionKind.Insert => "inserción",
        RevisionKind.Delete => "eliminación",
        RevisionKind.MoveFrom => "movido desde",
        RevisionKind.MoveTo => "movido a",
        RevisionKind.Format => "formato",
        RevisionKind.ParagraphFormat => "formato de párrafo",
        RevisionKind.ParagraphInsert => "párrafo dividido",
        RevisionKind.ParagraphDelete => "párrafos unidos",
        RevisionKind.RowInsert => "fila insertada",
        RevisionKind.RowDelete => "fila eliminada",
        RevisionKind.CellInsert => "celda insertada",
        RevisionKind.CellDelete => "celda eliminada",
        RevisionKind.UntrackedEdit => "cambio sin control",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
