using System.Security.Cryptography;
using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering;
using AlLas.Publishing.Review.Import;

namespace AlLas.Publishing.Releases;

/// <summary>
/// `allas release`: builds a document's Word draft from the committed sources, stamped with its label
/// and commit, and records the release. Refuses uncommitted sources (the draft could not be built
/// again) and a label already used.
/// </summary>
public sealed class ReleaseBuilder(string root, Func<string, IDocumentWriter?> docxWriterFor)
{
    public sealed record Result(ReleaseRecord Record, string DocxPath);

    public Result Release(string document, string label, string outputDirectory, string? date = null, bool final = false, string? forcedReason = null)
    {
        if (!ReleaseRecord.IsValidLabel(label))
            throw new SourceException("--label", "AL0512", $"etiqueta no válida '{label}': use letras, cifras, punto, guion y guion bajo (p. ej. v0.2-preliminar)");
        if (!File.Exists(Path.Combine(root, Paths.Content, document, Paths.ManifestName)))
            throw new SourceException(Paths.Content, "AL0008", $"no hay documento '{document}'");
        if (ReleaseStore.Find(root, document, label) is not null)
            throw new SourceException(ReleaseRecord.PathOf(document, label), "AL0511", $"la versión '{label}' de {document} ya existe; elija otra etiqueta");

        if (final && forcedReason is null)
        {
            var registers = Review.Import.RegisterStore.All(root);
            var open = registers.Where(r => r.Document == document)
                .SelectMany(r => r.Items.Where(i => i.Status == Review.Import.ItemStatus.Open && i.Parent is null).Select(i => (Register: r, Item: i)))
                .ToList();
            if (open.Count > 0)
            {
                var list = string.Join("\n", open.Select(o =>
                    $"  {Review.Import.RegisterQuery.Qualified(registers, o.Register, o.Item)} {Review.Import.ReviewListing.Label(o.Item)}{(o.Item.Source is { } s ? $" en {s}" : "")}: {Review.Import.ReviewListing.Short(Review.Import.ReviewListing.Text(o.Item), 70)}"));
                throw new SourceException(document, "AL0514",
                    $"quedan {open.Count} comentarios o cambios abiertos de los revisores; atiéndalos (allas review respond, allas review apply) o publique con --force --reason \"motivo\":\n{list}");
            }
        }

        var git = new Git(root);
        var changed = git.Changed(Paths.Content, Paths.Templates).Where(p => !ReleaseStore.IsRecord(p)).ToList();
        if (changed.Count > 0)
            throw new SourceException(changed[0], "AL0510",
                $"hay cambios sin confirmar en las fuentes ({string.Join(", ", changed.Take(5))}{(changed.Count > 5 ? ", …" : "")}); confírmelos (git commit) antes de publicar una versión");
        var commit = git.Head();

        var record = new ReleaseRecord(label, document, date ?? ReleaseRecord.Today(), commit, $"{document}-{label}.docx", "", final, forcedReason);
        using var snapshot = ReleaseSnapshot.Load(root, record);
        var bytes = Render(snapshot, WriterFor(snapshot, docxWriterFor));
        record = record with { DocxSha256 = Sha256(bytes) };
        var docx = Path.Combine(outputDirectory, record.Docx);
        AtomicOutput.WriteFile(docx, bytes);
        ReleaseStore.Save(root, record);
        // What the import of the reviewers' files needs of this draft, ready now that it is built;
        // the release is made whether or not that can be kept.
        try
        {
            ReleaseDraftCache.Write(root, record, ReleaseDraftCache.Key(record, docxWriterFor(root)), ReleaseDraft.From(snapshot, bytes));
        }
        catch (SourceException)
        {
        }
        return new Result(record, docx);
    }

    /// <summary>The release's docx, built from the sources at its commit; the same bytes every time.</summary>
    public static byte[] Render(string root, ReleaseRecord record, Func<string, IDocumentWriter?> docxWriterFor)
    {
        using var snapshot = ReleaseSnapshot.Load(root, record);
        return Render(snapshot, WriterFor(snapshot, docxWriterFor));
    }

    public static byte[] Render(ReleaseSnapshot snapshot, IDocumentWriter writer)
    {
        var file = writer.Write(snapshot.Document, snapshot.Publication).FirstOrDefault(f => f.RelativePath.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            ?? throw new SourceException("docx", "AL0513", "el escritor de Word no produjo ningún .docx");
        return file.Content;
    }

    private static IDocumentWriter WriterFor(ReleaseSnapshot snapshot, Func<string, IDocumentWriter?> docxWriterFor) =>
        docxWriterFor(snapshot.Root) ?? throw new SourceException("docx", "AL0513", "esta versión de allas no sabe escribir Word (.docx)");

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
