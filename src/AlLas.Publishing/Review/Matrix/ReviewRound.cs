using AlLas.Publishing.Review.Import;

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

/// <summary>A coordinator's comment with the replies coordinators wrote to it, in order.</summary>
public sealed record CommentThread(RegisterItem Root, IReadOnlyList<RegisterItem> Replies);

/// <summary>Every register imported for one release of one document: a review round.</summary>
public sealed record ReviewRound(string Document, string Release, IReadOnlyList<ReviewRegister> Registers)
{
    public IEnumerable<RegisterItem> Comments => Registers.SelectMany(r => r.Items).Where(i => i.IsComment);

    /// <summary>
    /// The proposed changes the writers answered in words (declined, answered, or a note beside
    /// "addressed"), each as a thread of its own: the redline shows the answer at the change's place,
    /// as it does for comments. Changes simply applied need no words: the redline shows them done.
    /// </summary>
    public IReadOnlyList<CommentThread> AnsweredChanges() =>
        Registers.SelectMany(r => r.Items)
            .Where(i => !i.IsComment && (i.Status is RoundStatus.Declined or RoundStatus.Answered
                || i.Response is { Length: > 0 } note && note is not (ItemStatus.AppliedResponse or ItemStatus.AppliedAsCriticMarkupResponse)))
            .Select(i => new CommentThread(i with { Kind = "comment", Text = $"{ReviewListing.Label(i)} propuesta: {ReviewListing.Text(i)}", Initials = null }, []))
            .ToList();

    /// <summary>The proposed changes `review apply` wrote into the sources: the redline signs them with their reviewer's name.</summary>
    public IReadOnlyList<RegisterItem> AppliedChanges() =>
        Registers.SelectMany(r => r.Items)
            .Where(i => !i.IsComment && i.Status == RoundStatus.Addressed
                && i.Response is ItemStatus.AppliedResponse or ItemStatus.AppliedAsCriticMarkupResponse)
            .ToList();

    /// <summary>Root comments with their replies, in register then document order.</summary>
    public IReadOnlyList<CommentThread> Threads()
    {
        var threads = new List<CommentThread>();
        foreach (var register in Registers)
        {
            var comments = register.Items.Where(i => i.IsComment).ToList();
            var byId = comments.ToDictionary(c => c.Id);
            RegisterItem RootOf(RegisterItem item)
            {
                var seen = new HashSet<string>();
                while (item.Parent is { } parent && byId.TryGetValue("c" + parent, out var up) && seen.Add(item.Id)) item = up;
                return item;
            }
            var replies = comments.Where(c => c.Parent is not null && byId.ContainsKey("c" + c.Parent)).ToLookup(c => RootOf(c).Id);
            foreach (var root in comments.Where(c => c.Parent is null || !byId.ContainsKey("c" + c.Parent)))
                threads.Add(new CommentThread(root, replies[root.Id].ToList()));
        }
        return threads;
    }
}
