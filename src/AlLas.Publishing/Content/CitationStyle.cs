using System.Text;

namespace AlLas.Publishing.Content;

/// <summary>
/// Author-date citations and references in Spanish (APA-like, as Latin American public-policy
/// publications use): "(Zapata Garesché, 2007, p. 45)", "(Keating y Aldecoa, 1999)", "(Marx et al., 2008)".
/// References are Markdown, so that italics reach both writers through the same parser.
/// </summary>
public static class CitationStyle
{
    /// <summary>A citation of works given by their <see cref="AuthorYear"/>, each with its locator.</summary>
    public static string InText(IEnumerable<(string AuthorYear, string? Locator)> items) =>
        "(" + string.Join("; ", items.Select(i => i.AuthorYear + (i.Locator is { Length: > 0 } l ? ", " + l : ""))) + ")";

    public static string AuthorYear(Work work) => $"{ShortAuthors(work)}, {work.Year}";

    private static string ShortAuthors(Work work)
    {
        var authors = work.Authors;
        return authors.Count switch
        {
            0 => work["title"] ?? work.Id,
            1 => authors[0].Family,
            2 => $"{authors[0].Family} y {authors[1].Family}",
            _ => $"{authors[0].Family} et al.",
        };
    }

    public static string SortKey(Work work) => $"{(work.Authors.Count > 0 ? work.Authors[0].Family : work["title"])}|{work.Year}|{work["title"]}";

    public static string Reference(Work work)
    {
        var text = new StringBuilder();
        text.Append(FullAuthors(work));
        if (work.AuthorsAreEditors) text.Append(work.Authors.Count > 1 ? " (eds.)" : " (ed.)");
        text.Append(" (").Append(work.Year).Append("). ");
        var title = Escape(work["title"] ?? work.Id);
        var container = work["container-title"] is { } c ? Escape(c) : null;
        switch (work["type"])
        {
            case "article-journal" or "article" or "article-magazine" or "paper-conference":
                text.Append(title).Append(". ");
                if (container is not null)
                {
                    text.Append('*').Append(container).Append('*');
                    if (work["volume"] is { } volume) text.Append(", ").Append(volume);
                    if (work["issue"] is { } issue) text.Append('(').Append(issue).Append(')');
                    if (work["page"] is { } page) text.Append(", ").Append(page);
                    text.Append('.');
                }
                break;
            case "chapter":
                text.Append(title).Append(". ");
                var editors = work.Names("editor");
                text.Append("En ");
                if (editors.Count > 0) text.Append(Join(editors.Select(e => $"{Initials(e.Given)}{e.Family}"))).Append(editors.Count > 1 ? " (eds.), " : " (ed.), ");
                if (container is not null) text.Append('*').Append(container).Append('*');
                if (work["page"] is { } pages) text.Append(" (pp. ").Append(pages).Append(')');
                text.Append('.');
                AppendPublisher(work, text);
                break;
            default:
                text.Append('*').Append(title).Append('*');
                if (work["collection-title"] is { } series)
                    text.Append(" (").Append(Escape(series)).Append(work["number"] is { } number ? $", n.º {number}" : "").Append(')');
                text.Append('.');
                AppendPublisher(work, text);
                break;
        }
        if (work["DOI"] is { } doi) text.Append(" https://doi.org/").Append(doi);
        else if (work["URL"] is { } url) text.Append(" <").Append(url).Append('>');
        return text.ToString();
    }

    private static void AppendPublisher(Work work, StringBuilder text)
    {
        var place = work["publisher-place"];
        var publisher = work["publisher"];
        if (place is null && publisher is null) return;
        text.Append(' ');
        if (place is not null) text.Append(Escape(place)).Append(publisher is null ? "." : ": ");
        if (publisher is not null) text.Append(Escape(publisher)).Append('.');
    }

    private static string FullAuthors(Work work)
    {
        var authors = work.Authors;
        if (authors.Count == 0) return "";
        return Join(authors.Select(a => a.Given is { Length: > 0 } ? $"{Escape(a.Family)}, {Initials(a.Given).TrimEnd()}" : Escape(a.Family)));
    }

    private static string Join(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " y " + list[^1];
    }

    private static string Initials(string? given) =>
        given is null ? "" : string.Concat(given.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(g => g.EndsWith('.') ? g + " " : $"{g[0]}. "));

    /// <summary>Keeps titles from being read as Markdown.</summary>
    private static string Escape(string text) => text.Replace("*", "\\*").Replace("_", "\\_").Replace("[", "\\[");
}
