namespace AlLas.Publishing.Rendering;

/// <summary>
/// Writes a set of files so that a reader of the folder never sees half of one: each goes to a temporary
/// name beside its target, and only when all are written are they moved into place. Files are written one
/// after the other as they come, each straight into its temporary file.
/// </summary>
public static class AtomicOutput
{
    public static IReadOnlyList<string> WriteAll(string directory, IEnumerable<OutputFile> files)
    {
        using var staging = new Staging(directory);
        foreach (var file in files) staging.Add(file);
        return staging.Commit();
    }

    public static void WriteFile(string path, byte[] content) =>
        WriteFile(path, stream => stream.Write(content));

    public static void WriteFile(string path, Action<Stream> write) =>
        WriteAll(Path.GetDirectoryName(Path.GetFullPath(path))!, [new OutputFile(Path.GetFileName(path), write)]);

    /// <summary>
    /// Files written to their temporary names; moved into place by <see cref="Commit"/>, else deleted
    /// together with the folders made for them.
    /// </summary>
    public sealed class Staging(string directory) : IDisposable
    {
        private readonly List<(string Temp, string Target)> staged = [];
        private readonly List<string> madeFolders = [];
        private bool committed;

        public void Add(OutputFile file)
        {
            var target = Path.GetFullPath(Path.Combine(directory, file.RelativePath));
            // Only a regular file is ever replaced: a move over a device or a FIFO would put a file in its place.
            Faults.FileChecks.RequireOutput(target);
            MakeFolder(Path.GetDirectoryName(target)!);
            var temp = target + $".{Environment.ProcessId}.tmp";
            staged.Add((temp, target));
            using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            file.WriteTo(stream);
        }

        /// <summary>
        /// Moves every file into place; returns their full paths. Refuses, before moving any, when a file it
        /// replaces is held open by another program (Word keeps the draft it shows), so that none or all change.
        /// </summary>
        public IReadOnlyList<string> Commit()
        {
            foreach (var (_, target) in staged) FileInUse.ThrowIfHeld(target);
            foreach (var (temp, target) in staged)
            {
                try
                {
                    File.Move(temp, target, overwrite: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw FileInUse.Refusal(target, e, nothingChanged: false);
                }
            }
            committed = true;
            return staged.Select(s => s.Target).ToList();
        }

        public void Dispose()
        {
            if (committed) return;
            foreach (var (temp, _) in staged)
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
            for (var i = madeFolders.Count - 1; i >= 0; i--)
            {
                if (Directory.Exists(madeFolders[i]) && !Directory.EnumerateFileSystemEntries(madeFolders[i]).Any()) Directory.Delete(madeFolders[i]);
            }
        }

        private void MakeFolder(string folder)
        {
            var missing = new Stack<string>();
            for (var f = folder; !Directory.Exists(f); f = Path.GetDirectoryName(f)!) missing.Push(f);
            Directory.CreateDirectory(folder);
            madeFolders.AddRange(missing);
        }
    }
}
