using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Rendering.Docx.Redline;

/// <summary>
/// The edits writers make between two releases, each as a change to the sources and the kind of
/// tracked change (in the words of `review extract`) that must show it, with a piece of its text.
/// </summary>
internal static class RedlineCases
{
    public sealed record Case(Action<MiniPublication> Edit, string Kind, string Text);

    private const string Chapter = RedlineRepository.Chapter;

    public static readonly IReadOnlyDictionary<string, Case> All = new Dictionary<string, Case>
    {
        ["words-in-a-paragraph"] = new(
            m => m.Replace(Chapter, "se creó para atender visitas protocolarias", "nació para atender visitas oficiales"),
            "insert", "oficiales"),
        ["paragraph-moved"] = new(
            m =>
            {
                const string moved = "Las ciudades medianas comparten personal entre varias áreas del gobierno local.\n\n";
                m.Replace(Chapter, moved, "");
                m.Replace(Chapter, "Según @anx-bibliografia", moved + "Según @anx-bibliografia");
            },
            "move-to", "Las ciudades medianas comparten personal entre varias áreas del gobierno local."),
        ["paragraph-split"] = new(
            m => m.Replace(Chapter, "otras ciudades. Después llegaron", "otras ciudades.\n\nDespués llegaron"),
            "paragraph-insert", ""),
        ["paragraph-deleted"] = new(
            m => m.Replace(Chapter, "Este párrafo sobra y se borrará en la versión siguiente del informe.\n\n", ""),
            "delete", "Este párrafo sobra y se borrará en la versión siguiente del informe."),
        ["table-cell-changed"] = new(
            m => m.Replace(Chapter, "| 1 | 2 | 3 |", "| 1 | dos | 3 |"),
            "insert", "dos"),
        ["footnote-changed"] = new(
            m => m.Replace(Chapter, "Protocolo, cooperación técnica y promoción.", "Protocolo, cooperación descentralizada y promoción económica."),
            "insert", "descentralizada"),
        ["heading-renamed"] = new(
            m => m.Replace(Chapter, "## Recursos {#sec-recursos}", "## Recursos humanos {#sec-recursos}"),
            "insert", "humanos"),
        ["paragraph-added-before-a-section-break"] = new(
            m => m.Write(Chapter, m.Read(Chapter) + "\nUn párrafo nuevo al final del capítulo, antes de los anexos.\n"),
            "insert", "Un párrafo nuevo al final del capítulo"),
        ["bold-toggled"] = new(
            m => m.Replace(Chapter, "acuerdos de hermanamiento", "acuerdos de **hermanamiento**"),
            "format", "hermanamiento"),
    };

    public static TheoryData<string> Names => new(All.Keys);

    /// <summary>Every edit above at once, as a real round of writing looks.</summary>
    public static void EditAll(MiniPublication mini)
    {
        foreach (var edit in All.Values) edit.Edit(mini);
    }
}
