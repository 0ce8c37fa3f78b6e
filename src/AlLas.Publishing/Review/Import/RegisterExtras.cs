using AlLas.Publishing.Releases;
using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// The register keys that only some items have: `continues` (a range's parts in later files),
/// `formatting`, `cells`, `manual` and `conflict`. Each is written only when the item has it, so that registers
/// of items without them read and write exactly as before, and a register written before these keys
/// existed still reads.
/// </summary>
internal static class RegisterExtras
{
    public static void Write(YamlMap node, RegisterItem item)
    {
        if (item.Continues.Count > 0)
        {
            var spans = new YamlList();
            foreach (var s in item.Continues) spans.Add(Span(s));
            node.Add("continues", spans);
        }
        if (item.Formatting is not null) node.Add("formatting", Yaml.Text(item.Formatting));
        if (item.Cells is not null)
        {
            var cells = new YamlList();
            foreach (var c in item.Cells) cells.Add(Yaml.Text(c));
            node.Add("cells", cells);
        }
        if (item.Manual is not null) node.Add("manual", Yaml.Text(item.Manual));
        if (item.Conflict is not null) node.Add("conflict", Yaml.Text(item.Conflict));
    }

    public static RegisterItem Read(YamlMappingNode node, RegisterItem item) => item with
    {
        Continues = Yaml.Sequence(node, "continues")?.Children.OfType<YamlMappingNode>()
            .Select(Span).OfType<SourceLocation>().ToList() ?? [],
        Formatting = Yaml.String(node, "formatting"),
        Cells = Yaml.Sequence(node, "cells")?.Children.OfType<YamlScalarNode>().Select(c => c.Value ?? "").ToList(),
        Manual = Yaml.String(node, "manual"),
        Conflict = Yaml.String(node, "conflict"),
    };

    public static YamlMap Span(SourceLocation s) => new YamlMap()
        .Add("file", Yaml.Text(s.File))
        .Add("line", Yaml.Number(s.Line))
        .Add("column", Yaml.Number(s.Column))
        .Add("endLine", Yaml.Number(s.EndLine))
        .Add("endColumn", Yaml.Number(s.EndColumn))
        .Add("quote", Yaml.Text(s.Quote))
        .Add("before", Yaml.Text(s.Before))
        .Add("after", Yaml.Text(s.After));

    public static SourceLocation? Span(YamlMappingNode node) =>
        Yaml.String(node, "file") is { } file
            ? new SourceLocation(file, Yaml.Int(node, "line"), Yaml.Int(node, "column"), Yaml.Int(node, "endLine"), Yaml.Int(node, "endColumn"),
                Yaml.String(node, "quote") ?? "", Yaml.String(node, "before") ?? "", Yaml.String(node, "after") ?? "")
            : null;
}
