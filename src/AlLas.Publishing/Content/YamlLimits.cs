using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AlLas.Publishing.Content;

/// <summary>
/// YAML a person writes is small and shallow. Before a tree is built, one pass over the parser's events
/// refuses lists or maps nested past <see cref="MaxDepth"/> (YamlDotNet builds nodes recursively: 100,000
/// `[` overflow the stack) and documents whose aliases expand past <see cref="MaxNodes"/> nodes (nine
/// anchors of nine aliases each make 387 million: a "billion laughs").
/// </summary>
public static class YamlLimits
{
    public const int MaxDepth = 64;
    /// <summary>Nodes a document may stand for once its aliases are expanded: a million (its messages say so).</summary>
    public const long MaxNodes = 1_000_000;

    /// <summary>Where (1-based line and column) and why the YAML goes past a limit, or null. Syntax errors are thrown as YamlException.</summary>
    public static (int Line, int Column, string Message)? Find(IParser parser)
    {
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        // Nodes so far in each open list or map, with its anchor.
        var open = new Stack<(long Nodes, string? Anchor)>();
        long top = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            long added;
            switch (current)
            {
                case MappingStart or SequenceStart:
                    if (open.Count >= MaxDepth)
                        return Problem(current, $"listas o mapas anidados a más de {MaxDepth} niveles");
                    open.Push((1, ((NodeEvent)current).Anchor.IsEmpty ? null : ((NodeEvent)current).Anchor.Value));
                    continue;
                case MappingEnd or SequenceEnd:
                    var (nodes, anchor) = open.Pop();
                    if (anchor is not null) anchors[anchor] = nodes;
                    added = nodes;
                    break;
                case Scalar scalar:
                    if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = 1;
                    added = 1;
                    break;
                case AnchorAlias alias:
                    added = anchors.GetValueOrDefault(alias.Value.Value, 1);
                    break;
                default:
                    continue;
            }
            if (open.Count == 0)
            {
                top += added;
                if (top > MaxNodes) return Problem(current, $"los alias (*) multiplican los datos a más de un millón de nodos; no se lee (posible bomba de alias)");
                continue;
            }
            var (count, name) = open.Pop();
            count += added;
            if (count > MaxNodes) return Problem(current, $"los alias (*) multiplican los datos a más de un millón de nodos; no se lee (posible bomba de alias)");
            open.Push((count, name));
        }
        return null;
    }

    private static (int, int, string) Problem(ParsingEvent at, string message) => ((int)at.Start.Line, (int)at.Start.Column, message);
}
