using System.Collections.Concurrent;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Rendering.Docx.Redline;

/// <summary>
/// The three drafts of each edit of RedlineCases (the redline since the release, the current draft, the release's
/// draft), built once for every test that reads them, and what LibreOffice reads in all of them in one soffice
/// session: building and starting Writer are most of these tests' time, and the drafts do not change between them.
/// </summary>
public sealed class RedlineCaseDrafts : IDisposable
{
    private readonly TempDir dir = RepoPaths.NewTempDir();
    private readonly ConcurrentDictionary<string, Lazy<Drafts>> drafts = new();
    private readonly object readingLock = new();
    private Dictionary<string, WriterText[]>? readings;

    public sealed record Drafts(string Redline, string Current, string Release);

    public Drafts Of(string name) => drafts.GetOrAdd(name, n => new Lazy<Drafts>(() => Build(n))).Value;

    /// <summary>What Writer reads after accept-all and reject-all of the redline, and in the current and release drafts, in that order.</summary>
    internal WriterText[] ReadInLibreOffice(LibreOffice lo, string name)
    {
        lock (readingLock)
        {
            if (readings is null)
            {
                var names = RedlineCases.All.Keys.ToList();
                var jobs = names.SelectMany(n => Of(n) is var d
                    ? new[] { (d.Redline, "accept-all"), (d.Redline, "reject-all"), (d.Current, "none"), (d.Release, "none") }
                    : []).ToArray();
                var read = WriterReading.Read(lo, TimeSpan.FromMinutes(2 + jobs.Length / 4.0), jobs);
                readings = names.Select((n, i) => (n, texts: read.Skip(4 * i).Take(4).ToArray())).ToDictionary(x => x.n, x => x.texts);
            }
            return readings[name];
        }
    }

    private Drafts Build(string name)
    {
        using var repo = new RedlineRepository();
        RedlineCases.All[name].Edit(repo.Mini);
        repo.Commit(name);
        var folder = dir.Dir(name);
        string Keep(string file)
        {
            var kept = Path.Combine(folder, Path.GetFileName(file));
            File.Copy(file, kept);
            return kept;
        }
        var redline = Keep(repo.BuildRedline());
        var current = Keep(repo.BuildCurrent());
        var release = Keep(repo.BuildRelease());
        return new Drafts(redline, current, release);
    }

    public void Dispose() => dir.Dispose();
}
