using System.Text.RegularExpressions;
using AlLas.Publishing.Content;
using AlLas.Publishing.Releases;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// The release a redline starts from: the record content/&lt;document&gt;/versiones/&lt;label&gt;.yml
/// (its commit and date) when there is one, else any git revision (a tag, a branch, a hash).
/// </summary>
public sealed partial record ReleaseBaseline(string Document, string Label, string Commit, ReleaseInfo Info)
{
    public static ReleaseBaseline Resolve(string root, string document, string label)
    {
        var git = new Git(root);
        if (ReleaseRecord.IsValidLabel(label) && ReleaseStore.Find(root, document, label) is { } record)
        {
            if (git.Commit(record.Commit) is null)
                throw new SourceException(record.Path, "AL0603", $"la confirmación {record.Commit[..Math.Min(10, record.Commit.Length)]} de la versión '{label}' no está en este repositorio");
            return new ReleaseBaseline(document, label, record.Commit, record.Info);
        }
        var resolved = git.Commit(label)
            ?? throw new SourceException("--redline-since", "AL0604",
                $"no hay versión '{label}' de {document}: ni registro {ReleaseRecord.PathOf(document, label)} ni revisión de git con ese nombre");
        var when = git.CommitDate(resolved);
        return new ReleaseBaseline(document, label, resolved, new ReleaseInfo(label, when?[..Math.Min(10, when.Length)], resolved));
    }

    /// <summary>Labels as file names: letters, digits, dot, dash, underscore; anything else becomes a dash.</summary>
    public string FileLabel => SafeName().Replace(Label, "-");

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex SafeName();
}
