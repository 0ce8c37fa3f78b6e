namespace AlLas.Publishing.Content;

/// <summary>
/// One writer of content/ at a time: every command that writes there (review import, respond, apply,
/// release) holds this lock while it reads and writes. A second one waits a few seconds, then refuses.
/// The operating system lets go of the lock when its process ends, even when it is killed; a change
/// of several files that a killed process left half done is finished by the next holder
/// (<see cref="SourceJournal"/>).
/// </summary>
public sealed class ContentLock : IDisposable
{
    public const string FileName = "escritura.lock";

    private readonly FileStream stream;

    private ContentLock(FileStream stream) => this.stream = stream;

    /// <summary>How long a second writer waits for the first before refusing.</summary>
    public static TimeSpan Wait { get; set; } = TimeSpan.FromSeconds(5);

    public static ContentLock Acquire(string root)
    {
        var path = Path.Combine(SourceJournal.Folder(root), FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var until = DateTime.UtcNow + Wait;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                var held = new ContentLock(stream);
                SourceJournal.Finish(root);
                return held;
            }
            catch (IOException) when (DateTime.UtcNow < until)
            {
                Thread.Sleep(100);
            }
            catch (IOException e)
            {
                throw new SourceException(Paths.Content, "AL0540",
                    $"otra orden de allas está escribiendo en {Paths.Content}/ (la espera de {Wait.TotalSeconds:0} s terminó); espere a que acabe y vuelva a ejecutar esta", e);
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
