using System.Globalization;
using AlLas.Publishing.Releases;
using DocumentFormat.OpenXml;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// When a change was made, as the history tells: the date of the newest commit since the release
/// that touched the source file of the changed block; for a file with changes not yet committed,
/// the time it was last written; failing both, the newest commit since the release, or the release's own.
/// </summary>
internal sealed class RevisionDates(Git git, string releaseCommit)
{
    private readonly Dictionary<string, DateTime> byFile = new(StringComparer.Ordinal);
    private DateTime? fallback;
    private IReadOnlySet<string>? uncommitted;
    private CommitsSince? history;

    public DateTime Of(IEnumerable<OpenXmlElement> elements, RenderedDraft release, RenderedDraft current)
    {
        foreach (var element in elements)
        {
            var origin = current.OriginOf(element) ?? release.OriginOf(element);
            if (origin is { File.Length: > 0 }) return For(origin.File);
        }
        return Fallback;
    }

    public DateTime For(string file)
    {
        if (byFile.TryGetValue(file, out var known)) return known;
        DateTime date;
        var full = Path.Combine(git.Root, file);
        if (File.Exists(full) && (uncommitted ??= git.Uncommitted()).Contains(file)) date = Truncate(File.GetLastWriteTimeUtc(full));
        else date = Parse(History.ByPath.GetValueOrDefault(file)) ?? Fallback;
        byFile[file] = date;
        return date;
    }

    public DateTime Fallback => fallback ??=
        Parse(History.Newest) ?? Parse(git.CommitDate(releaseCommit)) ?? new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private CommitsSince History => history ??= git.ChangesSince(releaseCommit);

    private static DateTime? Parse(string? iso) =>
        DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.UtcDateTime : null;

    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
