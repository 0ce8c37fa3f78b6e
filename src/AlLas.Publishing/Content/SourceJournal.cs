using System.Text.Json;
using AlLas.Publishing.Rendering;

namespace AlLas.Publishing.Content;

/// <summary>
/// Several files (the sources and the review registers) changed as one step. What every file is to
/// become is written first to a journal; then the files; then the journal goes. A process killed in
/// between leaves the journal, and the next holder of the <see cref="ContentLock"/> writes what is
/// missing, so that sources and registers never disagree (applied text with "open" items).
/// </summary>
public static class SourceJournal
{
    private const string FileName = "cambio-en-curso.json";

    /// <summary>Set to n, the process stops dead at the n-th step of a change (1: journal written; 2...: each file): how tests kill it at every point.</summary>
    public const string StopAtVariable = "ALLAS_DETENER_EN_PASO";

    public sealed record FileChange(string Path, string? Before, string After);

    /// <summary>.git/allas of the repository (or .allas beside content/ outside git): never tracked.</summary>
    public static string Folder(string root) =>
        GitHeadFiles.GitDirectoryOf(root) is { } git ? System.IO.Path.Combine(git, "allas") : System.IO.Path.Combine(root, ".allas");

    private static string PathOf(string root) => System.IO.Path.Combine(Folder(root), FileName);

    /// <summary>Writes every file as one step; paths relative to root. Call while holding the <see cref="ContentLock"/>.</summary>
    public static void Write(string root, IReadOnlyList<FileChange> files)
    {
        if (files.Count == 0) return;
        var journal = PathOf(root);
        AtomicOutput.WriteFile(journal, JsonSerializer.SerializeToUtf8Bytes(files, JournalJson.Default.ListFileChange));
        var step = 1;
        Stop(step);
        foreach (var file in files)
        {
            AtomicOutput.WriteFile(System.IO.Path.Combine(root, file.Path), new System.Text.UTF8Encoding(false).GetBytes(file.After));
            Stop(++step);
        }
        File.Delete(journal);
    }

    /// <summary>Whether a killed process left a change half done.</summary>
    public static bool Pending(string root) => File.Exists(PathOf(root));

    /// <summary>Finishes a change a killed process left half done; nothing when there is none.</summary>
    public static void Finish(string root)
    {
        var journal = PathOf(root);
        if (!File.Exists(journal)) return;
        List<FileChange>? files;
        try
        {
            files = JsonSerializer.Deserialize(File.ReadAllBytes(journal), JournalJson.Default.ListFileChange);
        }
        catch (JsonException)
        {
            // The journal itself was cut short: no file was touched yet.
            File.Delete(journal);
            return;
        }
        foreach (var file in files ?? [])
        {
            var path = System.IO.Path.Combine(root, file.Path);
            // What the killed process had begun to write beside the file.
            var folder = System.IO.Path.GetDirectoryName(path)!;
            var name = System.IO.Path.GetFileName(path);
            if (Directory.Exists(folder))
                foreach (var temp in Directory.GetFiles(folder, name + ".*.tmp").Concat(Directory.GetFiles(folder, "." + name + ".*.tmp")))
                    File.Delete(temp);
            var now = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
            if (now == file.After) continue;
            if (now != file.Before && now != file.Before?.Replace("\r\n", "\n"))
                throw new SourceException(file.Path, "AL0541",
                    $"una orden de allas se interrumpió mientras escribía {file.Path}, que cambió después; revise el archivo y borre {journal} para continuar");
            AtomicOutput.WriteFile(path, new System.Text.UTF8Encoding(false).GetBytes(file.After));
        }
        File.Delete(journal);
    }

    private static void Stop(int step)
    {
        if (Environment.GetEnvironmentVariable(StopAtVariable) == step.ToString(System.Globalization.CultureInfo.InvariantCulture))
            System.Diagnostics.Process.GetCurrentProcess().Kill();
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(List<SourceJournal.FileChange>))]
internal sealed partial class JournalJson : System.Text.Json.Serialization.JsonSerializerContext;
