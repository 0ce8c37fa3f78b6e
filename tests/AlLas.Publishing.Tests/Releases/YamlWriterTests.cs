using AlLas.Publishing.Releases;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Tests.Releases;

/// <summary>
/// The toolkit writes its records without YamlDotNet's representation model; the files must stay
/// byte for byte what YamlDotNet writes for the same values, or every register in a repository
/// would change on its next import.
/// </summary>
public class YamlWriterTests
{
    // Characters that change how a scalar is written: indicators, quotes, breaks of every kind,
    // blanks, characters YAML cannot print (escaped), accents and a surrogate pair.
    private static readonly string[] Pieces =
    [
        "a", "Z", "é", "ñ", "«", "»", "…", " ", "  ", "\n", "\n\n", "\t", "\r", "\r\n", "'", "\"", "\\", ":", ": ", "#", " #", "-", "- ", "?", "? ",
        "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "---", "...", "\0", "\x07", "\x1B", "\x85", "\xA0", "\u2028", "\u2029",
        "\uFEFF", "\uFFFE", "\uDC00", "😀", "null", "true", "42", "-1", "2013-10-07", "1.5", "~",
    ];

    [Fact]
    public void Random_documents_are_written_exactly_as_YamlDotNet_writes_them()
    {
        var random = new Random(2013);
        for (var n = 0; n < 3000; n++)
        {
            var (ours, theirs) = Mapping(random, depth: 0);
            Assert.Equal(YamlDotNetText(theirs), YamlWriter.Write(ours));
        }
    }

    [Fact]
    public void Every_piece_alone_and_in_pairs_is_written_as_YamlDotNet_writes_it()
    {
        var styles = new[] { ScalarStyle.Any, ScalarStyle.Plain, ScalarStyle.SingleQuoted, ScalarStyle.DoubleQuoted, ScalarStyle.Literal, ScalarStyle.Folded };
        foreach (var a in Pieces)
        foreach (var b in Pieces.Prepend(""))
        foreach (var style in styles)
        {
            var value = a + b + (b.Length > 0 ? a : "");
            var ours = new YamlMap().Add("k", new YamlScalar(value, style)).Add("l", new YamlList().Add(new YamlScalar(value, style)));
            var theirs = new YamlMappingNode
            {
                { "k", new YamlScalarNode(value) { Style = style } },
                { "l", new YamlSequenceNode(new YamlScalarNode(value) { Style = style }) },
            };
            Assert.Equal(YamlDotNetText(theirs), YamlWriter.Write(ours));
        }
    }

    [Fact]
    public void The_toolkit_scalars_are_written_as_YamlDotNet_writes_them()
    {
        var random = new Random(7);
        for (var n = 0; n < 5000; n++)
        {
            var value = RandomText(random);
            var ours = new YamlMap().Add("text", Yaml.Text(value)).Add("n", Yaml.Number(n - 10)).Add("b", Yaml.Bool(n % 2 == 0)).Add("z", Yaml.Text(null));
            var theirs = new YamlMappingNode
            {
                { "text", Node(Yaml.Text(value)) },
                { "n", Node(Yaml.Number(n - 10)) },
                { "b", Node(Yaml.Bool(n % 2 == 0)) },
                { "z", Node(Yaml.Text(null)) },
            };
            Assert.Equal(YamlDotNetText(theirs), YamlWriter.Write(ours));
        }
    }

    internal static (YamlMap Ours, YamlMappingNode Theirs) Mapping(Random random, int depth)
    {
        var ours = new YamlMap();
        var theirs = new YamlMappingNode();
        var count = random.Next(depth == 0 ? 1 : 0, 5);
        for (var i = 0; i < count; i++)
        {
            var key = "k" + i;
            var (o, t) = Value(random, depth + 1);
            ours.Add(key, o);
            theirs.Add(key, t);
        }
        return (ours, theirs);
    }

    private static (YamlValue, YamlNode) Value(Random random, int depth)
    {
        var kind = depth > 3 ? 0 : random.Next(4);
        if (kind == 1) return Mapping(random, depth);
        if (kind == 2)
        {
            var ours = new YamlList();
            var theirs = new YamlSequenceNode();
            for (var i = random.Next(4); i > 0; i--)
            {
                var (o, t) = Value(random, depth + 1);
                ours.Add(o);
                theirs.Add(t);
            }
            return (ours, theirs);
        }
        var style = (ScalarStyle)random.Next(0, 6);
        var value = RandomText(random);
        return (new YamlScalar(value, style), new YamlScalarNode(value) { Style = style });
    }

    internal static string RandomText(Random random)
    {
        var text = new System.Text.StringBuilder();
        for (var i = random.Next(0, 7); i > 0; i--) text.Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }

    private static YamlScalarNode Node(YamlScalar scalar) => new(scalar.Value) { Style = scalar.Style };

    /// <summary>How the toolkit wrote its records with YamlDotNet.</summary>
    private static string YamlDotNetText(YamlNode root)
    {
        var stream = new YamlStream(new YamlDocument(root));
        using var writer = new StringWriter { NewLine = "\n" };
        stream.Save(writer, assignAnchors: false);
        var text = writer.ToString().Replace("\r\n", "\n");
        if (text.EndsWith("...\n", StringComparison.Ordinal)) text = text[..^4];
        return text;
    }
}
