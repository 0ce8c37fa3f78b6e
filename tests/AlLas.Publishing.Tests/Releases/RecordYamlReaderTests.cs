using AlLas.Publishing.Releases;
using AlLas.Publishing.Review;
using AlLas.Publishing.Review.Import;
using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Tests.Releases;

/// <summary>
/// Registers and release records are read without YamlDotNet's scanner when they are in the form the
/// toolkit writes; the result must be the node tree YamlDotNet builds, and anything else (a hand-edited
/// file) must read, and fail, exactly as it did with YamlDotNet alone.
/// </summary>
public class RecordYamlReaderTests
{
    [Fact]
    public void Random_documents_the_toolkit_writes_read_as_YamlDotNet_reads_them()
    {
        var random = new Random(2013);
        var read = 0;
        for (var n = 0; n < 3000; n++)
        {
            var text = YamlWriter.Write(YamlWriterTests.Mapping(random, depth: 0).Ours);
            YamlMappingNode expected;
            try { expected = Yaml.ReadAny("r.yml", text); }
            catch (Exception)
            {
                // What YamlDotNet cannot read back (its emitter's own limits) must not be read here either.
                Assert.True(RecordYamlReader.TryRead(text) is null, text);
                continue;
            }
            if (RecordYamlReader.TryRead(text) is not { } fast) continue;
            AssertSameTree(expected, fast, text);
            read++;
        }
        // Many of them without YamlDotNet (the prose registers below all are); the others hold control characters, tabs, a
        // dash or a quote first, or what YamlDotNet itself cannot read back, and go to YamlDotNet.
        Assert.True(read > 1000, $"only {read} of 3000 documents read without YamlDotNet");
    }

    [Fact]
    public void Registers_with_any_characters_read_as_YamlDotNet_reads_them()
    {
        var random = new Random(7);
        var read = 0;
        for (var n = 0; n < 300; n++)
        {
            var yaml = RandomRegister(random, items: random.Next(1, 12), YamlWriterTests.RandomText).ToYaml();
            if (RecordYamlReader.TryRead(yaml) is not { } fast) continue;
            YamlMappingNode expected = null!;
            var e = Record.Exception(() => expected = Yaml.ReadAny("r.yml", yaml));
            Assert.True(e is null, yaml);
            AssertSameTree(expected, fast, yaml);
            read++;
        }
        Assert.True(read > 0);
    }

    [Fact]
    public void Registers_of_prose_are_read_without_YamlDotNet_and_give_the_items_written()
    {
        var random = new Random(11);
        for (var n = 0; n < 300; n++)
        {
            var register = RandomRegister(random, items: random.Next(1, 12), Prose);
            var yaml = register.ToYaml();

            var fast = RecordYamlReader.TryRead(yaml);

            Assert.True(fast is not null, $"read with YamlDotNet :\n{yaml}");
            AssertSameTree(Yaml.ReadAny("r.yml", yaml), fast, yaml);
            var read = ReviewRegister.Parse("r.yml", yaml);
            Assert.Equal(register.Items, read.Items);
            Assert.Equal(register.Reviewers, read.Reviewers);
            Assert.Equal(yaml, read.ToYaml());
        }
    }

    /// <summary>
    /// What reviewers and writers type: words, punctuation, quotes, paragraphs, Markdown, dates and numbers (no tabs: the
    /// writer, as YamlDotNet's emitter, leaves a trailing one plain, and no YAML reader gives it back).
    /// </summary>
    private static readonly string[] ProsePieces =
    [
        "la ", "oficina ", "Quito", "según ", "«", "»", "“", "”", "\"", "'", ": ", ":", ". ", ", ", "; ", "¿", "?", "¡", "!", "(", ")", "[", "]",
        "{", "}", "#", " #", "- ", "-", "* ", "**", "_", "`", "> ", "|", "%", "@", "&", "2013-10-07", "42", "1.5", "true", "null", "~", " ", "  ",
        "\n", "\n\n", "\n- ", "\n  ", "…", "—", "\u00A0", "ñ", "é", "😀",
    ];

    private static string Prose(Random random)
    {
        var text = new System.Text.StringBuilder();
        for (var i = random.Next(0, 9); i > 0; i--) text.Append(ProsePieces[random.Next(ProsePieces.Length)]);
        return text.ToString();
    }

    [Fact]
    public void A_hand_edited_register_reads_as_the_one_written()
    {
        var register = RandomRegister(new Random(3), items: 0) with
        {
            Items =
            [
                new RegisterItem
                {
                    Id = "c1", Kind = "comment", Reviewer = "DMRI Quito", Initials = "DQ", Date = "2026-03-05T10:00:00Z",
                    Text = "Dos párrafos:\n\nel segundo.", Quote = "prioridades",
                    Location = new DocxLocation("word/document.xml", 12, 3, 12, 14, "Las prioridades distintas"),
                    Source = new SourceLocation("content/informe/01-oficinas.md", 6, 5, 6, 16, "prioridades", "Las ", " distintas"),
                    Status = ItemStatus.Answered, Response = "Se ajusta.",
                },
            ],
        };
        var written = register.ToYaml();
        var edited = written
            .Replace("items:\n", "# revisado a mano\nitems:\n\n")
            .Replace("  reviewer: DMRI Quito\n", "  reviewer: \"DMRI Quito\"   # quien comenta\n")
            .Replace("  initials: DQ\n", "  initials: 'DQ'\n")
            .Replace("  text: |-\n    Dos párrafos:\n\n    el segundo.\n", "  text: \"Dos párrafos:\\n\\nel segundo.\"\n")
            .Replace("\n  quote: prioridades\n", "\n  quote: >-\n    prioridades\n")
            .Replace("  response: Se ajusta.\n", "  response: Se\n    ajusta.\n");
        var location = edited.IndexOf("  location:\n", StringComparison.Ordinal);
        var source = edited.IndexOf("  source:\n", StringComparison.Ordinal);
        edited = edited[..location]
            + "  location: {part: word/document.xml, paragraph: 12, start: 3, endParagraph: 12, end: 14, paragraphText: Las prioridades distintas}\n"
            + edited[source..];
        Assert.NotEqual(written, edited);
        Assert.Null(RecordYamlReader.TryRead(edited));

        var read = ReviewRegister.Parse("r.yml", edited);

        Assert.Equal(register.Items, read.Items);
        Assert.Equal(register.Reviewers, read.Reviewers);
    }

    [Fact]
    public void A_broken_register_names_the_file_line_and_column_YamlDotNet_names()
    {
        var written = RandomRegister(new Random(5), items: 2).ToYaml();
        var lines = written.Split('\n');
        // A key indented one space too far, halfway down.
        var at = Array.FindIndex(lines, lines.Length / 2, l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal));
        lines[at] = " " + lines[at];
        var broken = string.Join('\n', lines);

        var error = Assert.Throws<SourceException>(() => ReviewRegister.Parse("content/informe/revisiones/v0.1/r.yml", broken));

        Assert.Null(RecordYamlReader.TryRead(broken));
        var expected = Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() => new YamlStream().Load(new StringReader(broken)));
        Assert.Equal(AlLas.Publishing.Content.SourceSpan.At("content/informe/revisiones/v0.1/r.yml", (int)expected.Start.Line, (int)expected.Start.Column).ToString(), error.Location);
        Assert.Equal("AL0503", error.Code);
    }

    private static ReviewRegister RandomRegister(Random random, int items, Func<Random, string>? text = null)
    {
        string Text() => (text ?? Prose)(random);
        string? Maybe() => random.Next(4) == 0 ? null : Text();
        SourceLocation Span() => new("content/informe/0" + random.Next(9) + "-capitulo.md", random.Next(1, 900), random.Next(1, 300), random.Next(1, 900), random.Next(1, 300), Text(), Text(), Text());
        var list = new List<RegisterItem>();
        for (var i = 0; i < items; i++)
        {
            var comment = random.Next(2) == 0;
            var mapped = random.Next(3) > 0;
            list.Add(new RegisterItem
            {
                Id = (comment ? "c" : "r") + i,
                Kind = comment ? "comment" : "insertion",
                Reviewer = Text(),
                Initials = comment ? Maybe() : null,
                Date = Maybe(),
                Parent = comment ? Maybe() : null,
                Resolved = comment && random.Next(2) == 0,
                Text = Text(),
                Quote = Text(),
                Location = random.Next(4) == 0 ? null : new DocxLocation("word/document.xml", random.Next(2000), random.Next(300), random.Next(2000), random.Next(300), Text()),
                Source = mapped ? Span() : null,
                Unmapped = mapped ? null : Text(),
                Continues = random.Next(4) == 0 ? [Span(), Span()] : [],
                Formatting = random.Next(4) == 0 ? Text() : null,
                Cells = random.Next(4) == 0 ? [Text(), Text(), ""] : null,
                Manual = random.Next(4) == 0 ? Text() : null,
                Status = ItemStatus.All[random.Next(ItemStatus.All.Length)],
                Response = Maybe(),
            });
        }
        return new ReviewRegister
        {
            Document = "informe",
            Release = "v0.1",
            Commit = "0123456789abcdef0123456789abcdef01234567",
            File = "informe v0.1 (DMRI).docx",
            Sha256 = new string('a', 64),
            Reviewers = [Text(), "DMRI Quito", "Coordinación General"],
            Items = list,
        };
    }

    private static void AssertSameTree(YamlNode expected, YamlNode actual, string text)
    {
        switch (expected)
        {
            case YamlScalarNode scalar:
                var other = Assert.IsType<YamlScalarNode>(actual);
                Assert.True(scalar.Value == other.Value && scalar.Style == other.Style,
                    $"{scalar.Style} '{scalar.Value}' read as {other.Style} '{other.Value}' in\n{text}");
                break;
            case YamlMappingNode map:
                var otherMap = Assert.IsType<YamlMappingNode>(actual);
                Assert.True(map.Children.Count == otherMap.Children.Count, $"{map.Children.Count} keys read as {otherMap.Children.Count} in\n{text}");
                foreach (var ((key, value), (otherKey, otherValue)) in map.Children.Zip(otherMap.Children))
                {
                    AssertSameTree(key, otherKey, text);
                    AssertSameTree(value, otherValue, text);
                }
                break;
            case YamlSequenceNode sequence:
                var otherSequence = Assert.IsType<YamlSequenceNode>(actual);
                Assert.True(sequence.Children.Count == otherSequence.Children.Count, $"{sequence.Children.Count} items read as {otherSequence.Children.Count} in\n{text}");
                foreach (var (item, otherItem) in sequence.Children.Zip(otherSequence.Children)) AssertSameTree(item, otherItem, text);
                break;
        }
    }
}
