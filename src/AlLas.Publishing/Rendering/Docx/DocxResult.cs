namespace AlLas.Publishing.Rendering.Docx;

/// <summary>What was written, and how long it came out by the page estimate.</summary>
/// <param name="Path">The Word file.</param>
/// <param name="BodyPages">Estimated pages of the chapters, landscape stretches included: what a page budget counts.</param>
/// <param name="AnnexPages">Estimated pages of the annexes.</param>
/// <param name="TotalPages">Estimated pages of the whole file, cover and front matter included.</param>
public sealed record DocxResult(string Path, int BodyPages, int AnnexPages, int TotalPages);
