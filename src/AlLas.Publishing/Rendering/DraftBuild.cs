using AlLas.Publishing.Content;
using AlLas.Publishing.Content.Checks;
using AlLas.Publishing.Markdown;

namespace AlLas.Publishing.Rendering;

/// <summary>
/// `allas build`: loads the publication, stops on any source error before writing anything, then
/// renders every chosen document in every chosen format and puts them all in place at once.
/// </summary>
public sealed class DraftBuild(string root, IReadOnlyList<IDocumentWriter> writers)
{
    private const long SmallHeapBytes = 64L * 1024 * 1024;

    public sealed record Result(Publication Publication, IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Warnings);

    /// <summary>
    /// Starts setting up, on other threads, what the build needs whatever the sources say: Scriban's built-in
    /// functions, the collation of footnote labels and the chosen writers' reference files. A short build is
    /// mostly such fixed costs, and the sources load on one core meanwhile. Optional: what is not ready when
    /// it is needed is set up then.
    /// </summary>
    public void Prepare(IReadOnlyCollection<string> formats)
    {
        var chosen = Chosen(formats);
        // The first template comes a few milliseconds after the start and waits for the built-ins; the first
        // chapter comes soon after it and waits for the collation, which therefore gets a thread of its own.
        SetUpAside(TemplateFunctions.SetUp);
        SetUpAside(() =>
        {
            LabelCollation.SetUp();
            foreach (var writer in chosen) writer.Prepare();
        });
    }

    private static void SetUpAside(ThreadStart work) => new Thread(work) { IsBackground = true, Name = "allas build set-up" }.Start();

    public Result Run(IReadOnlyCollection<string> documentIds, IReadOnlyCollection<string> formats, string outputDirectory, ReleaseInfo release)
    {
        var unknown = formats.Except(writers.Select(w => w.Format)).ToList();
        if (unknown.Count > 0)
            throw new SourceException("--format", "AL0042", $"formato desconocido '{unknown[0]}' (formatos: {string.Join(", ", writers.Select(w => w.Format))})");

        var diagnostics = new Diagnostics();
        var publication = new PublicationLoader(root, diagnostics, release).Load(documentIds);
        SourceChecks.Run(publication, diagnostics);
        diagnostics.ThrowIfErrors();

        var chosen = Chosen(formats);
        var renderings = publication.Documents.SelectMany(d => chosen.Select(w => (Document: d, Writer: w))).ToList();
        using var output = new AtomicOutput.Staging(outputDirectory);
        for (var i = 0; i < renderings.Count; i++)
        {
            var (document, writer) = renderings[i];
            foreach (var file in writer.Write(document, publication)) output.Add(file);
            // What one rendering built is garbage once its files are on disk; collecting it before the next
            // keeps the build's peak at its largest rendering rather than at the sum of them. A small heap is
            // left to the collector's own pace: a full collection then costs more than the memory it frees.
            if (i < renderings.Count - 1 && GC.GetTotalMemory(forceFullCollection: false) > SmallHeapBytes) GC.Collect();
        }
        var written = output.Commit();
        return new Result(publication, written, diagnostics.Items.Where(d => d.Severity == Severity.Warning).ToList());
    }

    private List<IDocumentWriter> Chosen(IReadOnlyCollection<string> formats) =>
        writers.Where(w => formats.Count == 0 || formats.Contains(w.Format)).ToList();
}
