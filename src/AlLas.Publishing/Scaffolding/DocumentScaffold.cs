using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering;

namespace AlLas.Publishing.Scaffolding;

/// <summary>What `allas init` asks for: the new document's id (its folder name) and what its manifest says.</summary>
public sealed record NewDocument(string Id, string Title, string? Subtitle = null, int? Deliverable = null, int Pages = 50);

/// <summary>
/// `allas init`: a new document folder in content/ with its manifest, chapter stubs and annex stubs
/// (the bibliography annex among them), which builds as it stands. Never touches an existing folder.
/// </summary>
public static partial class DocumentScaffold
{
    /// <summary>The folder appears whole or not at all: files go to a hidden sibling that is renamed at the end.</summary>
    public static IReadOnlyList<string> Create(string root, NewDocument document)
    {
        if (!ValidId().IsMatch(document.Id))
            throw new SourceException(document.Id, "AL0070", "el id de un documento va en minúsculas, cifras y guiones (p. ej. cuaderno-3): es el nombre de su carpeta y de sus archivos de salida");
        if (string.IsNullOrWhiteSpace(document.Title))
            throw new SourceException("--title", "AL0071", "el documento necesita un título");
        var folder = Path.Combine(root, Paths.Content, document.Id);
        if (Directory.Exists(folder) || File.Exists(folder))
            throw new SourceException(Paths.Relative(root, folder), "AL0072", "ya existe; init no sobrescribe nada (elija otro id o borre la carpeta)");

        var staging = Path.Combine(root, Paths.Content, $".{document.Id}.{Environment.ProcessId}.nuevo");
        try
        {
            var files = Files(document);
            AtomicOutput.WriteAll(staging, files);
            Directory.Move(staging, folder);
            return files.Select(f => Paths.Relative(root, Path.Combine(folder, f.RelativePath))).ToList();
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    public static IReadOnlyList<OutputFile> Files(NewDocument document)
    {
        var files = new List<OutputFile> { new(Paths.ManifestName, Utf8(Manifest(document))) };
        files.AddRange(Stubs.Chapters.Concat(Stubs.Annexes).Select(stub => new OutputFile(stub.File, Utf8(stub.Text))));
        return files;
    }

    private static string Manifest(NewDocument document)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine($"title: {Quote(document.Title)}");
        if (!string.IsNullOrWhiteSpace(document.Subtitle)) yaml.AppendLine($"subtitle: {Quote(document.Subtitle)}");
        if (document.Deliverable is { } deliverable) yaml.AppendLine(CultureInfo.InvariantCulture, $"deliverable: {deliverable}  # número del producto en los términos de referencia");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"pages: {document.Pages}  # límite de páginas, anexos aparte");
        yaml.AppendLine("lang: es-ES");
        yaml.AppendLine("chapters:  # en orden, rutas relativas a esta carpeta");
        foreach (var stub in Stubs.Chapters) yaml.AppendLine($"  - {stub.File}");
        yaml.AppendLine("annexes:  # se numeran A, B, C... en este orden");
        foreach (var stub in Stubs.Annexes) yaml.AppendLine($"  - {stub.File}");
        return yaml.ToString();
    }

    /// <summary>A double-quoted YAML scalar, so that a title with ':' or '#' stays one string.</summary>
    private static string Quote(string text) =>
        "\"" + text.Trim().Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", " ") + "\"";

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text.Replace("\r\n", "\n"));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidId();
}
