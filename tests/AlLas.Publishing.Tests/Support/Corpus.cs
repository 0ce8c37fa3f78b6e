namespace AlLas.Publishing.Tests.Support;

/// <summary>One line of the corpus INDEX.tsv: a reviewed docx and what its XML holds.</summary>
public sealed class CorpusRow(string path, IReadOnlyDictionary<string, string> columns)
{
    /// <summary>Relative to the corpus folder, "owner+repo/file.docx".</summary>
    public string Path { get; } = path;

    public IReadOnlyDictionary<string, string> Columns { get; } = columns;

    public string FullPath => System.IO.Path.Combine(Corpus.Directory, Path);

    public string this[string column] => Columns[column];

    public int Int(string column) => int.Parse(Columns[column], System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => Path;
}

/// <summary>
/// The corpus of real reviewed Word files: tests/corpus/review-docx in the repository (its NOTICE names
/// each file's source and license), or the folder env ALLAS_CORPUS names.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyList<CorpusRow>> rows = new(ReadIndex);

    public static string Directory { get; } = Locate();

    public static bool Exists => File.Exists(System.IO.Path.Combine(Directory, "INDEX.tsv"));

    public static IReadOnlyList<CorpusRow> Rows => rows.Value;

    public static CorpusRow Row(string path) =>
        Rows.SingleOrDefault(r => r.Path == path)
        ?? throw new InvalidOperationException($"{path} is not listed in {System.IO.Path.Combine(Directory, "INDEX.tsv")}");

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ALLAS_CORPUS");
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return System.IO.Path.GetFullPath(fromEnvironment);
        return System.IO.Path.Combine(RepoPaths.Root, "tests", "corpus", "review-docx");
    }

    private static IReadOnlyList<CorpusRow> ReadIndex()
    {
        var index = System.IO.Path.Combine(Directory, "INDEX.tsv");
        if (!File.Exists(index)) return [];
        var lines = File.ReadAllLines(index).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        return lines.Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => new CorpusRow(cells[0], header.Select((name, i) => (name, value: i < cells.Length ? cells[i] : ""))
                .ToDictionary(c => c.name, c => c.value)))
            .ToList();
    }
}
