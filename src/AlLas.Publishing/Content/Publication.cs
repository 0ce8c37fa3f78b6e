namespace AlLas.Publishing.Content;

/// <summary>Everything in content/: the shared data, the bibliography and the documents.</summary>
public sealed class Publication
{
    public required string Root { get; init; }

    /// <summary>publication.yml.</summary>
    public required DataMap Data { get; init; }

    public required Bibliography Bibliography { get; init; }

    public required IReadOnlyList<Document> Documents { get; init; }

    public required ReleaseInfo Release { get; init; }

    public DataMap Project => Data.TryGetValue("project", out var p) && p is DataMap m ? m : new DataMap(0);

    public string Tagline => Project.GetString("tagline") ?? "";

    public string FundingLine => Project.GetString("funding_line") ?? "";
}

/// <summary>What a draft says about itself: its label ("v0.2-preliminar"), date and source commit.</summary>
public sealed record ReleaseInfo(string Label, string? Date, string? Commit)
{
    public static ReleaseInfo WorkingDraft(string? commit) => new("borrador de trabajo", null, commit);
}
