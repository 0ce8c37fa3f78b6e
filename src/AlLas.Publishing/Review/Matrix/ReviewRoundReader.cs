using AlLas.Publishing.Content;
using AlLas.Publishing.Review.Import;

namespace AlLas.Publishing.Review.Matrix;

/// <summary>
/// Reads the review registers of one round: every content/&lt;document&gt;/revisiones/&lt;release&gt;/*.yml,
/// in file name order. Only the fields the redline and the matrix use are read; the register's
/// writer (review import) owns the format.
/// </summary>
public static class ReviewRoundReader
{
    public static string FolderOf(string document, string release) => $"{Paths.Content}/{document}/{ReviewRegister.Folder}/{release}";

    public static ReviewRound Read(string root, string document, string release)
    {
        var folder = Path.Combine(root, FolderOf(document, release));
        var items = new List<RoundItem>();
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder, "*.yml").OrderBy(f => f, StringComparer.Ordinal))
                items.AddRange(ReadRegister(Paths.Relative(root, file), File.ReadAllText(file)));
        }
        return new ReviewRound(document, release, items);
    }

    /// <summary>The items of one register, read by the register's own parser (review import owns the format).</summary>
    public static IReadOnlyList<RoundItem> ReadRegister(string file, string text) =>
        ReviewRegister.Parse(file, text).Items.Select(item => new RoundItem
        {
            Register = file,
            Id = item.Id,
            Kind = item.Kind,
            Reviewer = item.Reviewer,
            Initials = item.Initials,
            Date = item.Date,
            Parent = item.Parent,
            Resolved = item.Resolved,
            Text = item.Text,
            Quote = item.Quote,
            Source = item.Source is { } s ? new RoundSource(s.File, s.Line, s.Column, s.EndLine, s.EndColumn, s.Quote) : null,
            Continues = item.Continues.Select(s => new RoundSource(s.File, s.Line, s.Column, s.EndLine, s.EndColumn, s.Quote)).ToList(),
            Unmapped = item.Unmapped,
            Status = item.Status,
            Response = item.Response,
        }).ToList();
}
