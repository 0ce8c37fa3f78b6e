namespace AlLas.Publishing.Review.Matrix;

/// <summary>How the writers settled an item of a review register.</summary>
public static class RoundStatus
{
    public const string Open = Import.ItemStatus.Open;
    public const string Addressed = Import.ItemStatus.Addressed;
    public const string Declined = Import.ItemStatus.Declined;
    public const string Answered = Import.ItemStatus.Answered;

    /// <summary>Addressed and declined close a thread: Word shows it resolved.</summary>
    public static bool Resolves(string status) => status is Addressed or Declined;

    public static string Spanish(string status) => status switch
    {
        Open => "abierto",
        Addressed => "atendido",
        Declined => "no aceptado",
        Answered => "respondido",
        _ => status,
    };
}

/// <summary>Where an item lands in the release's sources: 1-based, end inclusive, file relative to the repository root.</summary>
public sealed record RoundSource(string File, int Line, int Column, int EndLine, int EndColumn, string Quote);

/// <summary>One item of a review register (content/&lt;document&gt;/revisiones/&lt;release&gt;/&lt;file&gt;.yml).</summary>
public sealed record RoundItem
{
    /// <summary>The register file it was read from, relative to the repository root.</summary>
    public required string Register { get; init; }

    public required string Id { get; init; }

    /// <summary>"comment", or a revision kind.</summary>
    public required string Kind { get; init; }

    public required string Reviewer { get; init; }

    public string? Initials { get; init; }

    public string? Date { get; init; }

    /// <summary>For a reply: the docx id of the comment it answers (the register id is "c" + it).</summary>
    public string? Parent { get; init; }

    public bool Resolved { get; init; }

    public string Text { get; init; } = "";

    /// <summary>The commented text as the reviewer saw it in the docx.</summary>
    public string Quote { get; init; } = "";

    public RoundSource? Source { get; init; }

    /// <summary>Where a range that runs on into later source files continues (the next chapter, say).</summary>
    public IReadOnlyList<RoundSource> Continues { get; init; } = [];

    public string? Unmapped { get; init; }

    public string Status { get; init; } = RoundStatus.Open;

    public string? Response { get; init; }

    public bool IsComment => Kind == "comment";
}

/// <summary>A coordinator's comment with the replies coordinators wrote to it, in order.</summary>
public sealed record CommentThread(RoundItem Root, IReadOnlyList<RoundItem> Replies);

/// <summary>Every register imported for one release of one document: a review round.</summary>
public sealed record ReviewRound(string Document, string Release, IReadOnlyList<RoundItem> Items)
{
    public IEnumerable<RoundItem> Comments => Items.Where(i => i.IsComment);

    /// <summary>Root comments with their replies, in register then document order.</summary>
    public IReadOnlyList<CommentThread> Threads()
    {
        var threads = new List<CommentThread>();
        foreach (var register in Comments.GroupBy(c => c.Register))
        {
            var byId = register.ToDictionary(c => c.Id);
            RoundItem RootOf(RoundItem item)
            {
                var seen = new HashSet<string>();
                while (item.Parent is { } parent && byId.TryGetValue("c" + parent, out var up) && seen.Add(item.Id)) item = up;
                return item;
            }
            var replies = register.Where(c => c.Parent is not null && byId.ContainsKey("c" + c.Parent)).ToLookup(c => RootOf(c).Id);
            foreach (var root in register.Where(c => c.Parent is null || !byId.ContainsKey("c" + c.Parent)))
                threads.Add(new CommentThread(root, replies[root.Id].ToList()));
        }
        return threads;
    }
}
