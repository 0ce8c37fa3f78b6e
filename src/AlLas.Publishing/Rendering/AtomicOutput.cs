namespace AlLas.Publishing.Rendering;

/// <summary>
/// Writes a set of files so that a reader of the folder never sees half of one: each goes to a temporary
/// name beside its target, and only when all are written are they moved into place.
/// </summary>
public static class AtomicOutput
{
    public static IReadOnlyList<string> WriteAll(string directory, IEnumerable<OutputFile> files)
    {
        var staged = new List<(string Temp, string Target)>();
        try
        {
            foreach (var file in files)
            {
                var target = Path.GetFullPath(Path.Combine(directory, file.RelativePath));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temp = target + $".{Environment.ProcessId}.tmp";
                staged.Add((temp, target));
                using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None)) file.WriteTo(stream);
            }
            foreach (var (temp, target) in staged) File.Move(temp, target, overwrite: true);
            return staged.Select(s => s.Target).ToList();
        }
        catch
        {
            foreach (var (temp, _) in staged)
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
            throw;
        }
    }

    public static void WriteFile(string path, byte[] content) =>
        WriteAll(Path.GetDirectoryName(Path.GetFullPath(path))!, [new OutputFile(Path.GetFileName(path), content)]);
}
