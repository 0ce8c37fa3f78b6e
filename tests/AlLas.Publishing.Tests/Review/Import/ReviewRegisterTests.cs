using AlLas.Publishing.Review;
using AlLas.Publishing.Review.Import;

namespace AlLas.Publishing.Tests.Review.Import;

public class ReviewRegisterTests
{
    private static ReviewRegister Sample() => new()
    {
        Document = "informe",
        Release = "v0.1",
        Commit = "0123456789abcdef0123456789abcdef01234567",
        File = "informe v0.1 (DMRI).docx",
        Sha256 = new string('a', 64),
        Reviewers = ["DMRI Quito", "Coordinación General"],
        Items =
        [
            new RegisterItem
            {
                Id = "c4", Kind = "comment", Reviewer = "DMRI Quito", Initials = "DQ", Date = "2026-03-05T10:00:00Z", Parent = null,
                Text = "Dos párrafos:\n\nel **segundo** con formato.", Quote = "true",
                Location = new DocxLocation("word/document.xml", 12, 3, 13, 5, "null: 42 # no es un comentario"),
                Source = new SourceLocation("content/informe/01-oficinas.md", 6, 59, 7, 2, "prioridades\ndistintas", "trabajan \"con\" ", ": 45"),
            },
            new RegisterItem
            {
                Id = "c5", Kind = "comment", Reviewer = "Coordinación General", Parent = "4", Resolved = true,
                Text = "De acuerdo.", Quote = "", Location = null, Unmapped = ReviewMapper.NoLocation,
                Status = ItemStatus.Answered, Response = "Sí.",
            },
            new RegisterItem
            {
                Id = "u1", Kind = "untracked-edit", Reviewer = "", Text = "  ", Quote = "2013-10-07",
                Source = new SourceLocation("content/informe/00-presentacion.md", 6, 24, 6, 24, "", "", ""),
            },
        ],
    };

    [Fact]
    public void A_register_reads_back_exactly_as_it_was_written()
    {
        var register = Sample();

        var yaml = register.ToYaml();
        var read = ReviewRegister.Parse("r.yml", yaml);

        Assert.Equal(yaml, read.ToYaml());
        Assert.Equal(register.Items, read.Items);
        Assert.Equal(register.Reviewers, read.Reviewers);
    }

    [Fact]
    public void The_register_is_plain_yaml_with_one_key_per_line_and_text_as_blocks()
    {
        var yaml = Sample().ToYaml();

        Assert.Contains("- id: c4\n  kind: comment\n", yaml);
        Assert.Contains("  text: |-\n    Dos párrafos:\n\n    el **segundo** con formato.\n", yaml);
        Assert.Contains("  status: open\n  response: null\n", yaml);
        // Text that would read as another type stays a string.
        Assert.Contains("quote: \"true\"", yaml);
        Assert.Contains("quote: \"2013-10-07\"", yaml);
        Assert.Contains("    unmapped: ", yaml);
    }

    [Fact]
    public void The_register_lives_beside_the_document_under_its_release()
    {
        Assert.Equal("content/informe/revisiones/v0.1/informe-v0.1--DMRI-.yml", Sample().Path);
    }

    [Fact]
    public void Spans_in_later_files_formatting_cells_and_hand_decisions_read_back_as_written()
    {
        var register = Sample() with
        {
            Items =
            [
                new RegisterItem
                {
                    Id = "c7", Kind = "comment", Reviewer = "CG", Text = "Cruza capítulos.", Quote = "socios.\nLas oficinas",
                    Source = new SourceLocation("content/informe/00-presentacion.md", 6, 62, 6, 70, "socios.", "a 2 ", ""),
                    Continues = [new SourceLocation("content/informe/01-oficinas.md", 4, 3, 4, 14, "Las oficinas", "# ", " {#sec")],
                },
                new RegisterItem { Id = "r1", Kind = "format", Reviewer = "CG", Text = "prioridades", Quote = "prioridades", Formatting = "+bold", Unmapped = ReviewMapper.NoParagraph },
                // Two paragraphs joined: the blank line between them, at the end of a file.
                new RegisterItem
                {
                    Id = "u1", Kind = "paragraph-delete", Reviewer = "CG", Text = "", Quote = "",
                    Source = new SourceLocation("content/informe/01-oficinas.md", 12, 104, 13, 0, "\n\n", "oficina]", "\n"),
                },
                new RegisterItem { Id = "r2", Kind = "row-insert", Reviewer = "CG", Text = "10\n11", Quote = "", Cells = ["10", "", "12"], Manual = "la tabla la escribe una plantilla", Unmapped = ReviewMapper.NoParagraph },
            ],
        };

        var yaml = register.ToYaml();
        var read = ReviewRegister.Parse("r.yml", yaml);

        Assert.Equal(yaml, read.ToYaml());
        Assert.Equal(register.Items, read.Items);
        Assert.Equal("content/informe/01-oficinas.md", read.Items[0].Continues.Single().File);
        Assert.Equal(["10", "", "12"], read.Items[3].Cells);
        Assert.Equal(("\n\n", "\n"), (read.Items[2].Source!.Quote, read.Items[2].Source!.After));
    }

    [Fact]
    public void A_register_written_before_these_keys_existed_reads_and_writes_the_same_bytes()
    {
        // As `review import` wrote it in the first review round.
        const string earlier = """
            document: informe
            release: v0.1
            commit: 0123456789abcdef0123456789abcdef01234567
            file: informe-v0.1-revisado.docx
            sha256: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
            reviewers:
            - Coordinación General
            items:
            - id: r1
              kind: delete
              reviewer: Coordinación General
              date: "2026-03-04T10:00:00Z"
              text: ' y promoción'
              quote: ' y promoción'
              location: null
              source:
                file: content/informe/01-oficinas.md
                line: 8
                column: 46
                endLine: 8
                endColumn: 57
                quote: ' y promoción'
                before: Protocolo, cooperación técnica
                after: .
              status: open
              response: null

            """;

        var read = ReviewRegister.Parse("r.yml", earlier);

        var item = read.Items.Single();
        Assert.Empty(item.Continues);
        Assert.Null(item.Manual);
        Assert.Null(item.Formatting);
        Assert.Null(item.Cells);
        Assert.Equal(" y promoción", item.Source!.Quote);
        Assert.Equal(earlier, read.ToYaml());
    }
}
