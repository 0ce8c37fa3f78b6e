using System.Text.RegularExpressions;

namespace AlLas.Publishing.Content.Checks;

/// <summary>A diagnostic's location split into file, line and column, for tools that want them apart.</summary>
public sealed record DiagnosticLocation(string File, int? Line, int? Column);

/// <summary>
/// Diagnostics as a writer reads them: each once (a template shared by two documents reports its
/// problem once), in file order, line by line.
/// </summary>
public static partial class DiagnosticList
{
    public static IReadOnlyList<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Distinct()
            .Select((d, index) => (d, index, at: LocationOf(d)))
            .OrderBy(x => x.at.File, StringComparer.Ordinal)
            .ThenBy(x => x.at.Line ?? 0)
            .ThenBy(x => x.at.Column ?? 0)
            .ThenBy(x => x.index)
            .Select(x => x.d)
            .ToList();

    public static DiagnosticLocation LocationOf(Diagnostic diagnostic)
    {
        var match = FileLineColumn().Match(diagnostic.Location);
        return match.Success
            ? new DiagnosticLocation(match.Groups[1].Value, int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value))
            : new DiagnosticLocation(diagnostic.Location, null, null);
    }

    [GeneratedRegex(@"^(.*)\((\d+),(\d+)\)$")]
    private static partial Regex FileLineColumn();
}
