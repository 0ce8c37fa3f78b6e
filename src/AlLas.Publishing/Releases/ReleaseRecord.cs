using System.Globalization;
using System.Text.RegularExpressions;
using AlLas.Publishing.Content;

namespace AlLas.Publishing.Releases;

/// <summary>
/// A draft sent to the coordinators, as recorded in content/&lt;document&gt;/versiones/&lt;label&gt;.yml:
/// enough to build it again byte for byte (label, date, source commit) and to recognise it (the
/// docx's name and SHA-256).
/// </summary>
public sealed partial record ReleaseRecord(
    string Label,
    string Document,
    string Date,
    string Commit,
    string Docx,
    string DocxSha256,
    bool Final = false,
    string? ForcedReason = null)
{
    public const string Folder = "versiones";

    public ReleaseInfo Info => new(Label, Date, Commit);

    /// <summary>content/&lt;document&gt;/versiones/&lt;label&gt;.yml, relative to the repository root.</summary>
    public static string PathOf(string document, string label) => $"{Paths.Content}/{document}/{Folder}/{label}.yml";

    public string Path => PathOf(Document, Label);

    /// <summary>Labels become file names and stand in the cover: letters, digits, dot, dash, underscore.</summary>
    public static bool IsValidLabel(string label) => LabelPattern().IsMatch(label);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex LabelPattern();

    public string ToYaml()
    {
        var map = new YamlMap()
            .Add("label", Yaml.Text(Label))
            .Add("document", Yaml.Text(Document))
            .Add("date", Yaml.Text(Date))
            .Add("commit", Yaml.Text(Commit))
            .Add("docx", Yaml.Text(Docx))
            .Add("docx_sha256", Yaml.Text(DocxSha256))
            .Add("final", Yaml.Bool(Final))
            .Add("forced_reason", Yaml.Text(ForcedReason));
        return Yaml.Write(map);
    }

    public static ReleaseRecord Parse(string file, string text)
    {
        var map = Yaml.Read(file, text);
        string Need(string key) => Yaml.String(map, key) ?? throw new SourceException(file, "AL0503", $"falta el campo '{key}' en el registro de la versión");
        return new ReleaseRecord(Need("label"), Need("document"), Need("date"), Need("commit"), Need("docx"), Need("docx_sha256"),
            string.Equals(Yaml.String(map, "final"), "true", StringComparison.OrdinalIgnoreCase), Yaml.String(map, "forced_reason"));
    }

    public static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
