namespace AlLas.Publishing.Content;

/// <summary>
/// The works a document cites, in the order first cited, each with its author and year as a citation prints
/// them. A long document cites thousands of times: a work's names are read from its data once, and a work is
/// known by reference (it is the bibliography's one instance; a record's equality would compare every field).
/// </summary>
internal sealed class CitedWorks
{
    private readonly Dictionary<Work, string> authorYears = new(ReferenceEqualityComparer.Instance);

    public List<Work> InOrder { get; } = [];

    /// <summary>Counts the work as cited; gives its <see cref="CitationStyle.AuthorYear"/>.</summary>
    public string Add(Work work)
    {
        if (authorYears.TryGetValue(work, out var authorYear)) return authorYear;
        InOrder.Add(work);
        return authorYears[work] = CitationStyle.AuthorYear(work);
    }
}
