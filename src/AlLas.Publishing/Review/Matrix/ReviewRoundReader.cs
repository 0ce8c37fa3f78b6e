using AlLas.Publishing.Content;
using AlLas.Publishing.Review.Import;

namespace AlLas.Publishing.Review.Matrix;

/// <summary>
/// Reads the review registers of one round: every content/&lt;document&gt;/revisiones/&lt;release&gt;/*.yml,
/// in file name order, by the register's own parser (review import owns the format).
/// </summary>
public static class ReviewRoundReader
{
    public static string FolderOf(string document, string release) => $"{Paths.Content}/{document}/{ReviewRegister.Folder}/{release}";

    public static ReviewRound Read(string root, string document, string release)
    {
        var folder = Path.Combine(root, FolderOf(document, release));
        var registers = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yml").OrderBy(f => f, StringComparer.Ordinal)
                .Select(file => ReviewRegister.Parse(Paths.Relative(root, file), File.ReadAllText(file))).ToList()
            : [];
        return new ReviewRound(document, release, registers);
    }
}
