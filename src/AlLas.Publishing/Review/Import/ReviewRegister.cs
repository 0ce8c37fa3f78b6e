using AlLas.Publishing.Content;
using AlLas.Publishing.Releases;
using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// What one returned docx holds, mapped to the sources of its release, and how the writers settled
/// each item: content/&lt;document&gt;/revisiones/&lt;release&gt;/&lt;file&gt;.yml, diff-friendly YAML. Nothing
/// in it depends on when it was written, so importing the same file again writes the same bytes.
/// </summary>
public sealed record ReviewRegister
{
    public const string Folder = "revisiones";

    public required string Document { get; init; }

    public required string Release { get; init; }

    public required string Commit { get; init; }

    /// <summary>The imported file's name.</summary>
    public required string File { get; init; }

    public required string Sha256 { get; init; }

    public required IReadOnlyList<string> Reviewers { get; init; }

    public required IReadOnlyList<RegisterItem> Items { get; init; }

    /// <summary>
    /// What this register adds to the number of each id (c, r, u) so that ids stay unique across
    /// the registers of one release: the second file's items start after the first's. Kept in the
    /// register, so that importing the same file again gives the same ids.
    /// </summary>
    public int IdOffset { get; init; }

    /// <summary>content/&lt;document&gt;/revisiones/&lt;release&gt;/&lt;file stem&gt;.yml, relative to the repository root.</summary>
    public static string PathOf(string document, string release, string docxFile)
    {
        var stem = string.Concat(System.IO.Path.GetFileNameWithoutExtension(docxFile).Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-'));
        return $"{Paths.Content}/{document}/{Folder}/{release}/{stem}.yml";
    }

    public string Path => PathOf(Document, Release, File);

    /// <summary>The register's short name in listings: the imported file's stem.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public string ToYaml() => Yaml.Write(ToYamlValue());

    internal YamlMap ToYamlValue()
    {
        var items = new YamlList();
        foreach (var item in Items) items.Add(Item(item));
        var reviewers = new YamlList();
        foreach (var r in Reviewers) reviewers.Add(Yaml.Text(r));
        var root = new YamlMap()
            .Add("document", Yaml.Text(Document))
            .Add("release", Yaml.Text(Release))
            .Add("commit", Yaml.Text(Commit))
            .Add("file", Yaml.Text(File))
            .Add("sha256", Yaml.Text(Sha256));
        if (IdOffset > 0) root.Add("idOffset", Yaml.Number(IdOffset));
        root
            .Add("reviewers", reviewers)
            .Add("items", items);
        return root;
    }

    private static YamlMap Item(RegisterItem item)
    {
        var node = new YamlMap()
            .Add("id", Yaml.Text(item.Id))
            .Add("kind", Yaml.Text(item.Kind))
            .Add("reviewer", Yaml.Text(item.Reviewer));
        if (item.IsComment) node.Add("initials", Yaml.Text(item.Initials));
        node.Add("date", Yaml.Text(item.Date));
        if (item.IsComment)
        {
            node.Add("parent", Yaml.Text(item.Parent));
            node.Add("resolved", Yaml.Bool(item.Resolved));
        }
        node.Add("text", Yaml.Text(item.Text));
        node.Add("quote", Yaml.Text(item.Quote));
        if (item.Location is { } l)
        {
            node.Add("location", new YamlMap()
                .Add("part", Yaml.Text(l.Part))
                .Add("paragraph", Yaml.Number(l.Paragraph))
                .Add("start", Yaml.Number(l.Start))
                .Add("endParagraph", Yaml.Number(l.EndParagraph))
                .Add("end", Yaml.Number(l.End))
                .Add("paragraphText", Yaml.Text(l.ParagraphText)));
        }
        else node.Add("location", Yaml.Text(null));
        if (item.Source is { } s) node.Add("source", RegisterExtras.Span(s));
        else node.Add("source", new YamlMap().Add("unmapped", Yaml.Text(item.Unmapped ?? "")));
        RegisterExtras.Write(node, item);
        node.Add("status", Yaml.Text(item.Status));
        node.Add("response", Yaml.Text(item.Response));
        return node;
    }

    public static ReviewRegister Parse(string file, string text)
    {
        var root = Yaml.Read(file, text);
        string Need(YamlMappingNode map, string key) => Yaml.String(map, key) ?? throw new SourceException(file, "AL0520", $"falta el campo '{key}' en el registro de revisión");
        var items = new List<RegisterItem>();
        foreach (var node in Yaml.Sequence(root, "items")?.Children.OfType<YamlMappingNode>() ?? [])
        {
            DocxLocation? location = Yaml.Map(node, "location") is { } l
                ? new DocxLocation(Need(l, "part"), Yaml.Int(l, "paragraph"), Yaml.Int(l, "start"), Yaml.Int(l, "endParagraph"), Yaml.Int(l, "end"), Yaml.String(l, "paragraphText") ?? "")
                : null;
            var sourceNode = Yaml.Map(node, "source");
            SourceLocation? source = sourceNode is not null && Yaml.String(sourceNode, "file") is { } sourceFile
                ? new SourceLocation(sourceFile, Yaml.Int(sourceNode, "line"), Yaml.Int(sourceNode, "column"), Yaml.Int(sourceNode, "endLine"), Yaml.Int(sourceNode, "endColumn"),
                    Yaml.String(sourceNode, "quote") ?? "", Yaml.String(sourceNode, "before") ?? "", Yaml.String(sourceNode, "after") ?? "")
                : null;
            items.Add(RegisterExtras.Read(node, new RegisterItem
            {
                Id = Need(node, "id"),
                Kind = Need(node, "kind"),
                Reviewer = Yaml.String(node, "reviewer") ?? "",
                Initials = Yaml.String(node, "initials"),
                Date = Yaml.String(node, "date"),
                Parent = Yaml.String(node, "parent"),
                Resolved = Yaml.String(node, "resolved") == "true",
                Text = Yaml.String(node, "text") ?? "",
                Quote = Yaml.String(node, "quote") ?? "",
                Location = location,
                Source = source,
                Unmapped = source is null ? (sourceNode is null ? null : Yaml.String(sourceNode, "unmapped")) : null,
                Status = Yaml.String(node, "status") ?? ItemStatus.Open,
                Response = Yaml.String(node, "response"),
            }));
        }
        return new ReviewRegister
        {
            Document = Need(root, "document"),
            Release = Need(root, "release"),
            Commit = Need(root, "commit"),
            File = Need(root, "file"),
            Sha256 = Need(root, "sha256"),
            IdOffset = Yaml.Int(root, "idOffset"),
            Reviewers = Yaml.Sequence(root, "reviewers")?.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList() ?? [],
            Items = items,
        };
    }

    /// <summary>The highest number of any id in these registers: where the ids of another register of the same release start after.</summary>
    public static int HighestId(IEnumerable<ReviewRegister> registers) =>
        registers.SelectMany(r => r.Items).Select(i => int.TryParse(i.Id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();

    /// <summary>The register with every id (and every reply's parent) moved on by <paramref name="offset"/>.</summary>
    public ReviewRegister Renumbered(int offset)
    {
        if (offset == 0) return this;
        static string Moved(string id, int offset, int prefix) =>
            int.TryParse(id.AsSpan(prefix), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? id[..prefix] + (n + offset).ToString(System.Globalization.CultureInfo.InvariantCulture) : id;
        return this with
        {
            IdOffset = offset,
            Items = Items.Select(i => i with { Id = Moved(i.Id, offset, 1), Parent = i.Parent is { } p ? Moved(p, offset, 0) : null }).ToList(),
        };
    }

    /// <summary>The same register with the writers' statuses and responses carried over from an earlier import.</summary>
    public ReviewRegister KeepingSettlements(ReviewRegister? earlier)
    {
        if (earlier is null) return this;
        var settled = earlier.Items.ToDictionary(i => i.Id);
        return this with
        {
            Items = Items.Select(i => settled.TryGetValue(i.Id, out var e) && e.Kind == i.Kind ? i with { Status = e.Status, Response = e.Response } : i).ToList(),
        };
    }
}

/// <summary>The review registers of a repository.</summary>
public static class RegisterStore
{
    public static IReadOnlyList<ReviewRegister> All(string root)
    {
        var content = System.IO.Path.Combine(root, Paths.Content);
        if (!Directory.Exists(content)) return [];
        return Directory.GetDirectories(content)
            .Select(d => System.IO.Path.Combine(d, ReviewRegister.Folder))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.yml", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => ReviewRegister.Parse(Paths.Relative(root, f), File.ReadAllText(f)))
            .ToList();
    }

    public static ReviewRegister? Read(string root, string relativePath)
    {
        var path = System.IO.Path.Combine(root, relativePath);
        return File.Exists(path) ? ReviewRegister.Parse(relativePath, File.ReadAllText(path)) : null;
    }

    /// <summary>Writes the register; false when the file already held exactly these bytes.</summary>
    public static bool Save(string root, ReviewRegister register)
    {
        return Yaml.WriteAtomically(System.IO.Path.Combine(root, register.Path), register.ToYamlValue());
    }
}
