namespace AlLas.Publishing.Markdown;

public enum LabelKind { Figure, Table, Chapter, Section, Annex }

/// <summary>What a label names once the document is numbered: "figura 2", "sección 4.2", "anexo B".</summary>
public sealed record LabelTarget(string Label, LabelKind Kind, string? Number, string Title)
{
    public string Noun => Kind switch
    {
        LabelKind.Figure => "figura",
        LabelKind.Table => "tabla",
        LabelKind.Chapter => "capítulo",
        LabelKind.Section => "sección",
        _ => "anexo",
    };

    /// <summary>The noun before several numbers: "capítulos 2, 3 y 4".</summary>
    public string PluralNoun => Kind == LabelKind.Section ? "secciones" : Noun + "s";

    /// <summary>How a reference reads inside a sentence.</summary>
    public string DisplayText => Number is null ? $"«{Title}»" : $"{Noun} {Number}";

    /// <summary>How a caption starts: "Figura 2", "Tabla 3".</summary>
    public string CaptionPrefix => $"{char.ToUpperInvariant(Noun[0])}{Noun[1..]} {Number}";
}
