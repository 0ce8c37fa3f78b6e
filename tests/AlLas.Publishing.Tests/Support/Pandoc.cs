using System.Text.Json;

namespace AlLas.Publishing.Tests.Support;

public enum TrackChanges { All, Accept, Reject }

/// <summary>
/// pandoc as an independent reader of our docx: its AST shows what another program makes of the
/// headings, footnotes, tables, comments and tracked changes.
/// </summary>
public sealed class Pandoc
{
    private const string HowToInstall = "apt-get install pandoc";

    public string Executable { get; }

    private Pandoc(string executable) => Executable = executable;

    public static Pandoc? Find()
    {
        var exe = ExternalTool.Find("pandoc", Environment.GetEnvironmentVariable("ALLAS_PANDOC"));
        return exe is null ? null : new Pandoc(exe);
    }

    public static Pandoc Require()
    {
        var pandoc = Find();
        if (pandoc is null) ExternalTool.Unavailable("pandoc", HowToInstall);
        return pandoc;
    }

    /// <summary>pandoc's JSON AST of a docx. With TrackChanges.All insertions, deletions and comments
    /// are Spans with the classes insertion, deletion, comment-start / comment-end.</summary>
    public JsonDocument ReadDocx(string docx, TrackChanges trackChanges = TrackChanges.Accept) =>
        JsonDocument.Parse(Convert(docx, "json", trackChanges));

    /// <summary>The docx as plain text.</summary>
    public string ToPlain(string docx, TrackChanges trackChanges = TrackChanges.Accept) =>
        Convert(docx, "plain", trackChanges);

    /// <summary>Any output format pandoc writes to stdout (markdown, html, native...).</summary>
    public string Convert(string docx, string to, TrackChanges trackChanges = TrackChanges.Accept)
    {
        var result = ExternalTool.Run(Executable,
            ["-f", "docx", "-t", to, "--wrap=none", "--track-changes=" + trackChanges.ToString().ToLowerInvariant(), docx],
            timeout: TimeSpan.FromSeconds(60));
        if (result.ExitCode != 0) throw new InvalidOperationException($"pandoc could not read {docx}\n{result}");
        return result.StdOut;
    }

    /// <summary>Every AST element of type t ("Header", "Note", "Table", "Span"...), depth first.</summary>
    public static IEnumerable<JsonElement> Elements(JsonDocument ast, string type) => Walk(ast.RootElement, type);

    /// <summary>Spans carrying a class (insertion, deletion, comment-start...).</summary>
    public static IEnumerable<JsonElement> Spans(JsonDocument ast, string @class) =>
        Elements(ast, "Span").Where(s => Classes(s).Contains(@class));

    /// <summary>Classes of a Span or Div: c[0] is [id, [classes], [[key, value]]].</summary>
    public static IReadOnlyList<string> Classes(JsonElement element) =>
        element.GetProperty("c")[0][1].EnumerateArray().Select(c => c.GetString()!).ToList();

    /// <summary>Key-value attributes of a Span or Div (author, date...).</summary>
    public static IReadOnlyDictionary<string, string> Attributes(JsonElement element) =>
        element.GetProperty("c")[0][2].EnumerateArray().ToDictionary(kv => kv[0].GetString()!, kv => kv[1].GetString()!);

    /// <summary>The plain text of an AST fragment (Str, Space, breaks), as pandoc's stringify does.</summary>
    public static string Stringify(JsonElement element)
    {
        var sb = new System.Text.StringBuilder();
        void Go(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var x in e.EnumerateArray()) Go(x);
                    break;
                case JsonValueKind.Object when e.TryGetProperty("t", out var t):
                    switch (t.GetString())
                    {
                        case "Str": sb.Append(e.GetProperty("c").GetString()); break;
                        case "Space" or "SoftBreak" or "LineBreak": sb.Append(' '); break;
                        default:
                            if (e.TryGetProperty("c", out var c)) Go(c);
                            break;
                    }
                    break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject()) Go(p.Value);
                    break;
            }
        }
        Go(element);
        return sb.ToString();
    }

    private static IEnumerable<JsonElement> Walk(JsonElement e, string type)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("t", out var t) && t.GetString() == type) yield return e;
            foreach (var p in e.EnumerateObject())
                foreach (var x in Walk(p.Value, type)) yield return x;
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                foreach (var x in Walk(item, type)) yield return x;
        }
    }
}
