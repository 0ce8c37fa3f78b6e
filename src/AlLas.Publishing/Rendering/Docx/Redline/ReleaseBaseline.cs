using System.Formats.Tar;
using System.Text.RegularExpressions;
using AlLas.Publishing.Content;
using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// The release a redline starts from: the record content/&lt;document&gt;/versiones/&lt;label&gt;.yml
/// (its commit and date) when there is one, else any git revision (a tag, a branch, a hash).
/// </summary>
public sealed partial record ReleaseBaseline(string Document, string Label, string Commit, ReleaseInfo Info)
{
    public const string RecordFolder = "versiones";

    public static string RecordPath(string document, string label) => $"{Paths.Content}/{document}/{RecordFolder}/{label}.yml";

    public static ReleaseBaseline Resolve(string root, string document, string label)
    {
        var git = new GitHistory(root);
        var record = Path.Combine(root, RecordPath(document, label));
        if (SafeLabel().IsMatch(label) && File.Exists(record))
        {
            var (commit, date) = ReadRecord(RecordPath(document, label), File.ReadAllText(record));
            if (git.Commit(commit) is null)
                throw new SourceException(RecordPath(document, label), "AL0603", $"la confirmación {commit[..Math.Min(10, commit.Length)]} de la versión '{label}' no está en este repositorio");
            return new ReleaseBaseline(document, label, commit, new ReleaseInfo(label, date, commit));
        }
        var resolved = git.Commit(label)
            ?? throw new SourceException("--redline-since", "AL0604",
                $"no hay versión '{label}' de {document}: ni registro {RecordPath(document, label)} ni revisión de git con ese nombre");
        var when = git.CommitDate(resolved);
        return new ReleaseBaseline(document, label, resolved, new ReleaseInfo(label, when?[..Math.Min(10, when.Length)], resolved));
    }

    /// <summary>Labels as file names: letters, digits, dot, dash, underscore; anything else becomes a dash.</summary>
    public string FileLabel => SafeName().Replace(Label, "-");

    private static (string Commit, string? Date) ReadRecord(string file, string text)
    {
        try
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text));
            if (yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode map)
            {
                string? Get(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
                if (Get("commit") is { Length: > 0 } commit) return (commit, Get("date"));
            }
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new SourceException(SourceSpan.At(file, (int)e.Start.Line, (int)e.Start.Column), "AL0605", $"registro de versión ilegible: {e.Message}", e);
        }
        throw new SourceException(file, "AL0605", "el registro de la versión no dice su confirmación ('commit')");
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex SafeLabel();

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex SafeName();
}

/// <summary>
/// The sources of a release as they stood at its commit (content/ and templates/ from `git archive`,
/// in a temporary folder), loaded with the release's own label, date and commit.
/// </summary>
public sealed class SourceSnapshot : IDisposable
{
    private SourceSnapshot(string root, Publication publication, Document document)
    {
        Root = root;
        Publication = publication;
        Document = document;
    }

    public string Root { get; }

    public Publication Publication { get; }

    public Document Document { get; }

    public static SourceSnapshot Load(string repositoryRoot, ReleaseBaseline baseline)
    {
        var git = new GitHistory(repositoryRoot);
        var folder = Path.Combine(Path.GetTempPath(), "allas-version-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var paths = new[] { Paths.Content, Paths.Templates }.Where(p => git.Exists(baseline.Commit, p)).ToArray();
            if (paths.Length == 0)
                throw new SourceException(repositoryRoot, "AL0606", $"la confirmación {baseline.Commit[..10]} no tiene content/");
            using (var tar = new MemoryStream(git.Archive(baseline.Commit, paths)))
                TarFile.ExtractToDirectory(tar, folder, overwriteFiles: true);
            var diagnostics = new Diagnostics();
            var publication = new PublicationLoader(folder, diagnostics, baseline.Info).Load([baseline.Document]);
            diagnostics.ThrowIfErrors();
            var document = publication.Documents.SingleOrDefault()
                ?? throw new SourceException(Paths.Content, "AL0607", $"el documento '{baseline.Document}' no se puede cargar en la versión '{baseline.Label}'");
            return new SourceSnapshot(folder, publication, document);
        }
        catch
        {
            Delete(folder);
            throw;
        }
    }

    public void Dispose() => Delete(Root);

    private static void Delete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
