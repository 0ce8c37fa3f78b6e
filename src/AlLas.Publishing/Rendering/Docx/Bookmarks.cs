using System.Text;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>
/// Word bookmark names allow letters, digits and underscores, at most 40 characters, starting with a
/// letter. Labels such as "fig-fases" become "fig_fases"; the same label always gets the same name
/// within a document, whether its reference or its target comes first.
/// </summary>
public sealed class Bookmarks
{
    private readonly Dictionary<string, string> byLabel = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);
    private int nextId = 1;
    private int nextToc = 1;

    public string NameFor(string label)
    {
        if (byLabel.TryGetValue(label, out var known)) return known;
        var name = Sanitize(label);
        for (var i = 2; !used.Add(name); i++) name = Shorten(Sanitize(label), $"_{i}");
        byLabel[label] = name;
        return name;
    }

    /// <summary>Hidden bookmarks (leading underscore) for table-of-contents targets, as Word names them.</summary>
    public string NextTocName()
    {
        string name;
        do name = $"_Toc{nextToc++:D9}"; while (!used.Add(name));
        return name;
    }

    public int NextId() => nextId++;

    public static string Sanitize(string label)
    {
        var sb = new StringBuilder(label.Length);
        foreach (var c in label.Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_') sb.Append(c);
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else sb.Append('_');
        }
        if (sb.Length == 0 || !char.IsAsciiLetter(sb[0])) sb.Insert(0, "m_");
        return Shorten(sb.ToString(), "");
    }

    private static string Shorten(string name, string suffix)
    {
        const int max = 40;
        if (name.Length + suffix.Length <= max) return name + suffix;
        // A stable hash keeps long labels apart after truncation (string.GetHashCode varies by run).
        var hash = 2166136261u;
        foreach (var c in name) hash = (hash ^ c) * 16777619u;
        var tail = "_" + hash.ToString("x8") + suffix;
        return name[..(max - tail.Length)] + tail;
    }
}
