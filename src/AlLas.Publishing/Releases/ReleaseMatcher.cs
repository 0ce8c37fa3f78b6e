using AlLas.Publishing.Review;
using AlLas.Publishing.Review.Import;

namespace AlLas.Publishing.Releases;

/// <summary>
/// Finds the release a returned docx was made from. The custom properties our drafts carry say it
/// at once, but LibreOffice and Google Docs may drop them; the cover's stamp ("Versión: label ·
/// fuente commit") usually survives; failing both, the text is compared with each release's.
/// </summary>
public static class ReleaseMatcher
{
    public const string DocumentIdProperty = "AlLas.DocumentId";
    public const string ReleaseProperty = "AlLas.Release";
    public const string SourceCommitProperty = "AlLas.SourceCommit";

    /// <summary>Below this share of words in common, a docx is not taken for a release.</summary>
    public const double MinimumResemblance = 0.6;

    public sealed record Match(ReleaseRecord Release, string How);

    /// <param name="releaseText">The text of a release as its reviewers received it; by default, the text of its blocks.</param>
    public static Match Find(string root, ReviewExtract extract, string? label, Func<ReleaseRecord, string>? releaseText = null)
    {
        var releases = ReleaseStore.All(root);
        var name = Path.GetFileName(extract.File);
        if (releases.Count == 0)
            throw new SourceException(name, "AL0420", "no hay ninguna versión registrada (content/*/versiones/); publique una con `allas release`");

        if (label is not null)
        {
            var labelled = releases.Where(r => r.Label == label).ToList();
            if (labelled.Count == 0)
                throw new SourceException("--release", "AL0421", $"no hay ninguna versión '{label}' (versiones: {string.Join(", ", releases.Select(r => $"{r.Document}/{r.Label}"))})");
            if (labelled.Count == 1) return new Match(labelled[0], "--release");
            releases = labelled;
        }

        var properties = extract.Properties;
        if (properties.TryGetValue(ReleaseProperty, out var stamped) && properties.TryGetValue(DocumentIdProperty, out var document))
        {
            if (releases.FirstOrDefault(r => r.Label == stamped && r.Document == document) is { } byProperties)
                return new Match(byProperties, "propiedades del documento");
            if (label is null) throw NotRecorded(name, document, stamped, properties.GetValueOrDefault(SourceCommitProperty), "sus propiedades");
        }

        var text = string.Join('\n', extract.Paragraphs.Select(p => p.OriginalText));
        var byStamp = releases.Where(r => text.Contains("Versión: " + r.Label, StringComparison.Ordinal) && text.Contains(r.Commit[..10], StringComparison.Ordinal)).ToList();
        if (byStamp.Count == 1) return new Match(byStamp[0], "sello de la portada");
        if (label is null && CoverStamp.Match(text) is { Success: true } cover
            && !releases.Any(r => r.Label == cover.Groups["label"].Value))
            throw NotRecorded(name, null, cover.Groups["label"].Value, cover.Groups["commit"].Value, "su portada");

        var words = Words(text);
        var scored = releases
            .Select(r => (Release: r, Score: Resemblance(words, Words(releaseText is null ? BlockTextOf(root, r) : releaseText(r)))))
            .OrderByDescending(s => s.Score)
            .ToList();
        // By its words alone a file is taken for a release only when no other comes close: a guess would
        // show the writers' later commits as the reviewer's edits.
        if (scored[0].Score >= CertainResemblance && (scored.Count == 1 || scored[0].Score - scored[1].Score >= CertainLead))
            return new Match(scored[0].Release, $"contenido ({scored[0].Score:P0} de palabras en común)");
        var runnerUp = scored.Count > 1 ? $"; la siguiente, {scored[1].Release.Document}/{scored[1].Release.Label}, {scored[1].Score:P0}" : "";
        throw new SourceException(name, "AL0422", scored[0].Score >= MinimumResemblance
            ? $"{name} no dice de qué versión procede (ni propiedades ni portada) y por su texto no es seguro: la más parecida, {scored[0].Release.Document}/{scored[0].Release.Label}, comparte {scored[0].Score:P0} de las palabras{runnerUp}; indique la versión con --release ETIQUETA"
            : $"{name} no corresponde a ninguna versión registrada (la más parecida, {scored[0].Release.Document}/{scored[0].Release.Label}, comparte {scored[0].Score:P0} de las palabras); indique la versión con --release ETIQUETA");
    }

    /// <summary>A file matched by its words alone shares at least this much with its release...</summary>
    public const double CertainResemblance = 0.9;

    /// <summary>...and this much more than with any other release.</summary>
    public const double CertainLead = 0.05;

    private static readonly System.Text.RegularExpressions.Regex CoverStamp =
        new(@"Versión: (?<label>[A-Za-z0-9._-]+)(?: · fuente (?<commit>[0-9a-f]{7,40}))?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The file names a release whose record is not in content/: refused, with the ways out.</summary>
    private static SourceException NotRecorded(string name, string? document, string label, string? commit, string where)
    {
        var record = document is null ? $"content/<documento>/versiones/{label}.yml" : ReleaseRecord.PathOf(document, label);
        var restore = commit is { Length: > 0 }
            ? $"recupérelo de git (git log --all -- {record}; git checkout <confirmación> -- {record}) o publíquelo de nuevo desde la fuente {commit[..Math.Min(10, commit.Length)]}"
            : $"recupérelo de git (git log --all -- {record}) o confírmelo si no lo estaba";
        return new SourceException(name, "AL0423",
            $"{name} dice en {where} que procede de la versión {(document is null ? "" : document + "/")}{label}, que no está registrada ({record} no existe); {restore}, o indique otra versión con --release ETIQUETA");
    }

    private static string BlockTextOf(string root, ReleaseRecord release)
    {
        using var snapshot = ReleaseSnapshot.Load(root, release);
        return string.Join('\n', BlockText.Of(snapshot.Document).Select(b => b.Text));
    }

    private static Dictionary<string, int> Words(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var key = word.Trim('.', ',', ';', ':', '«', '»', '(', ')', '"').ToLowerInvariant();
            if (key.Length > 0) counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>Words both texts hold (counted with repeats), twice, over both texts' word counts: 1 for the same words.</summary>
    private static double Resemblance(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        var shared = a.Sum(kv => Math.Min(kv.Value, b.GetValueOrDefault(kv.Key)));
        var total = a.Values.Sum() + b.Values.Sum();
        return total == 0 ? 0 : 2.0 * shared / total;
    }
}
