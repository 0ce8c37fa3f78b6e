using System.Globalization;
using AlLas.Publishing.Review.Import;

namespace AlLas.Publishing.Review.Matrix;

/// <summary>One comment of the round as the matrix lists it.</summary>
public sealed record MatrixRow(
    string Number,
    string Reviewer,
    string Date,
    string Chapter,
    string Section,
    string Line,
    string Quote,
    string Comment,
    string Response,
    string Status);

/// <summary>
/// The comment-response matrix of a review round: every coordinator comment once, replies numbered
/// under their thread (3.1, 3.2), then every proposed change with its answer; where it was (chapter, section heading and source line of the
/// release), what it quoted, what it said, the writers' response and the final status.
/// </summary>
public sealed record ResponseMatrix(string Document, string Title, string Release, IReadOnlyList<MatrixRow> Rows)
{
    public static readonly IReadOnlyList<string> Headings =
        ["Nº", "Revisor", "Fecha", "Capítulo", "Sección", "Línea", "Texto citado", "Comentario", "Respuesta", "Estado"];

    public static IReadOnlyList<string> Cells(MatrixRow row) =>
        [row.Number, row.Reviewer, row.Date, row.Chapter, row.Section, row.Line, row.Quote, row.Comment, row.Response, row.Status];

    /// <summary>The heading of the matrix: document title and round.</summary>
    public string Heading => $"Matriz de comentarios y respuestas: {Title}";

    /// <summary>Of <see cref="Rows"/>, how many are tracked or untracked changes (listed after the comments).</summary>
    public int Changes { get; init; }

    public string Subheading
    {
        get
        {
            var comments = Rows.Count - Changes;
            var text = $"Revisión de la versión {Release} ({Document}); {comments} comentario{(comments == 1 ? "" : "s")}";
            return Changes == 0 ? text : $"{text} y {Changes} cambio{(Changes == 1 ? "" : "s")} propuesto{(Changes == 1 ? "" : "s")}";
        }
    }

    /// <param name="release">The chapters and sections of the document as it stood in the release, for their names.</param>
    public static ResponseMatrix Build(ReviewRound round, ReleaseOutline? release)
    {
        var rows = new List<MatrixRow>();
        var threads = round.Threads();
        for (var t = 0; t < threads.Count; t++)
        {
            var thread = threads[t];
            var number = (t + 1).ToString(CultureInfo.InvariantCulture);
            rows.Add(Row(number, thread.Root, thread.Root, release));
            for (var r = 0; r < thread.Replies.Count; r++)
                rows.Add(Row($"{number}.{r + 1}", thread.Replies[r], thread.Root, release));
        }
        // Every proposed change has its answer too: taken in, declined (with the writers' note), or still open.
        var changes = round.Registers.SelectMany(r => r.Items).Where(i => !i.IsComment).ToList();
        var next = threads.Count;
        foreach (var change in changes)
            rows.Add(ChangeRow((++next).ToString(CultureInfo.InvariantCulture), change, release));
        return new ResponseMatrix(round.Document, release?.Title ?? round.Document, round.Release, rows) { Changes = changes.Count };
    }

    private static MatrixRow ChangeRow(string number, RegisterItem change, ReleaseOutline? release)
    {
        var (chapter, section, line) = Where(change.Source, change.Unmapped, release, change);
        var applied = change.Response is ItemStatus.AppliedResponse or ItemStatus.AppliedAsCriticMarkupResponse;
        var status = change.Status switch
        {
            RoundStatus.Addressed => applied ? "aceptado (aplicado)" : "aceptado",
            RoundStatus.Declined => "no aceptado",
            RoundStatus.Answered => "respondido",
            _ => change.Manual is not null ? "abierto (a mano)" : change.Conflict is not null ? "conflicto" : "abierto",
        };
        var response = applied ? "" : change.Response ?? (change.Status != RoundStatus.Open ? ""
            : change.Manual is { } manual ? $"a mano: {manual}"
            : change.Conflict is { } conflict ? $"no se pudo aplicar: {conflict}" : "");
        return new MatrixRow(number, change.Reviewer, Day(change.Date), chapter, section, line,
            change.Quote.Length > 0 ? change.Quote : change.Source?.Quote ?? "",
            $"{ReviewListing.Label(change)}: {ReviewListing.Text(change)}", response, status);
    }

    private static MatrixRow Row(string number, RegisterItem item, RegisterItem root, ReleaseOutline? release)
    {
        var status = item.Status != RoundStatus.Open || item.Response is not null ? item.Status : root.Status;
        var (chapter, section, line) = Where(item.Source ?? root.Source, item.Unmapped ?? root.Unmapped, release, item.Source is null ? root : item);
        // A comment that runs on into the next source file names every file it covers.
        foreach (var more in item.Source is null ? root.Continues : item.Continues)
        {
            var (c, s, l) = Where(more, null, release);
            (chapter, section, line) = (Also(chapter, c), Also(section, s), $"{line}; {l}");
        }
        return new MatrixRow(number, item.Reviewer, Day(item.Date), chapter, section, line,
            item.Quote.Length > 0 ? item.Quote : item.Source?.Quote ?? "",
            item.Text, item.Response ?? "", RoundStatus.Spanish(status));
    }

    private static string Also(string first, string next) => next.Length == 0 || next == first ? first : first.Length == 0 ? next : $"{first} / {next}";

    private static string Day(string? date) =>
        DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date ?? "";

    private static (string Chapter, string Section, string Line) Where(SourceLocation? source, string? unmapped, ReleaseOutline? release, RegisterItem? item = null)
    {
        if (source is null) return ("", "", unmapped is null ? "sin ubicar" : $"sin ubicar: {unmapped}");
        var line = $"{source.File}:{source.Line}";
        var (chapter, section) = release?.Where(source.File, source.Line, item is null ? null : $"{item.Quote}\n{item.Location?.ParagraphText}") ?? ("", "");
        return (chapter, section, line);
    }
}
