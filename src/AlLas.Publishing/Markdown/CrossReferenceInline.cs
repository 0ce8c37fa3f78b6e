using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Markdown;

/// <summary>How a reference reads within a run of references to the same kind (see <see cref="CrossReferenceGroups"/>).</summary>
public enum CrossReferenceForm
{
    /// <summary>"capítulo 2"</summary>
    Single,

    /// <summary>The first of a run: "capítulos 2"</summary>
    Plural,

    /// <summary>The others: "3"</summary>
    NumberOnly,

    /// <summary>Inside a range "figuras 1 a 3": nothing.</summary>
    Hidden,
}

/// <summary>`@fig-fases`: a reference to a figure, table, chapter, section or annex of the same document.</summary>
public sealed class CrossReferenceInline : LeafInline
{
    public static readonly string[] Prefixes = ["fig-", "tbl-", "sec-", "anx-"];

    public required string Label { get; init; }

    /// <summary>Set by numbering once every label of the document is known.</summary>
    public LabelTarget? Target { get; set; }

    public CrossReferenceForm Form { get; set; } = CrossReferenceForm.Single;

    /// <summary>The word before the number as this reference prints it: "figura", "figuras", or null.</summary>
    public string? Noun => Target is not { Number: not null } target ? null : Form switch
    {
        CrossReferenceForm.Single => target.Noun,
        CrossReferenceForm.Plural => target.PluralNoun,
        _ => null,
    };

    /// <summary>The whole text as it prints: "figura 2", "capítulos 2", "3", "" or «Título».</summary>
    public string Text => Target switch
    {
        null => Label,
        { Number: null } target => target.DisplayText,
        { } target when Form == CrossReferenceForm.Hidden => "",
        { } target => Noun is { } noun ? $"{noun} {target.Number}" : target.Number!,
    };
}
