using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering;

namespace AlLas.Publishing.Preview;

/// <summary>
/// The documents the preview serves, shared between the builder (which replaces them) and the server
/// (which reads them from many requests at once). A failed build keeps the last good files.
/// </summary>
public sealed class PreviewSite
{
    private readonly object gate = new();
    private readonly SortedDictionary<string, PreviewPage> pages = new(StringComparer.Ordinal);
    private long version;

    /// <summary>Raised with the document's id after its page or its problems changed.</summary>
    public event Action<string>? Changed;

    public IReadOnlyList<PreviewPage> Pages
    {
        get { lock (gate) return pages.Values.ToList(); }
    }

    public PreviewPage? Page(string id)
    {
        lock (gate) return pages.GetValueOrDefault(id);
    }

    public void Publish(string id, string title, IReadOnlyList<OutputFile> files, IReadOnlyList<Diagnostic> warnings)
    {
        var content = files.ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal);
        Update(id, _ => new PreviewPage(id, title, content, warnings, 0));
    }

    public void Fail(string id, IReadOnlyList<Diagnostic> problems) =>
        Update(id, previous => previous is null
            ? new PreviewPage(id, id, new Dictionary<string, byte[]>(), problems, 0)
            : previous with { Problems = problems });

    public void Remove(string id)
    {
        bool removed;
        lock (gate) removed = pages.Remove(id);
        if (removed) Changed?.Invoke(id);
    }

    /// <summary>A file of a page by its path in the site ("informe.html", "informe_archivos/estilos.css").</summary>
    public bool TryGetFile(string path, out PreviewPage page, out byte[] content)
    {
        lock (gate)
        {
            foreach (var candidate in pages.Values)
            {
                if (candidate.Files.TryGetValue(path, out var bytes))
                {
                    (page, content) = (candidate, bytes);
                    return true;
                }
            }
        }
        (page, content) = (null!, []);
        return false;
    }

    private void Update(string id, Func<PreviewPage?, PreviewPage> change)
    {
        lock (gate)
        {
            var next = change(pages.GetValueOrDefault(id));
            pages[id] = next with { Version = ++version };
        }
        Changed?.Invoke(id);
    }
}
