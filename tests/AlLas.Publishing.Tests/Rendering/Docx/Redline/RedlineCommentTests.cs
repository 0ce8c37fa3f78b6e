using System.Text.Json;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Rendering.Docx.Redline;

/// <summary>
/// The coordinators' comments of a review round come back in the redline on the text they were
/// on, wherever it went, with the writers' answer as a reply in the same thread, resolved where
/// the answer settled it; read back by our own `review extract` and by pandoc.
/// </summary>
public class RedlineCommentTests
{
    [Fact]
    public void Comments_return_on_their_relocated_text_with_the_answer_as_a_resolved_reply()
    {
        using var repo = ReviewRoundFixture.Create();
        var redline = repo.BuildRedline();

        DocxValidation.AssertValid(redline);
        var extract = Extract(repo, redline);
        var comments = extract.RootElement.GetProperty("comments").EnumerateArray().ToList();
        JsonElement Root(string text) => Assert.Single(comments, c => Plain(c).Contains(text) && c.GetProperty("parent").ValueKind == JsonValueKind.Null);
        List<JsonElement> Replies(JsonElement root) => comments.Where(c => c.GetProperty("parent").GetString() == root.GetProperty("id").GetString()).ToList();

        // Edited around, the comment keeps its words; the coordinators' reply and the writers' answer thread under it.
        var visits = Root("¿Qué tipo de visitas?");
        Assert.Equal("Coordinación General", visits.GetProperty("author").GetString());
        Assert.Equal("visitas protocolarias", visits.GetProperty("quote").GetString());
        Assert.True(visits.GetProperty("resolved").GetBoolean());
        var replies = Replies(visits);
        Assert.Equal(["DMRI", "Equipo consultor"], replies.Select(r => r.GetProperty("author").GetString()));
        Assert.Equal("Atendido. Se precisa el tipo de visita.", replies[1].GetProperty("text").GetString());
        Assert.Equal("2024-04-20T11:00:00Z", replies[1].GetProperty("date").GetString());

        // The moved paragraph carries its comment to where it went; still open, so no answer and not resolved.
        var moved = Root("¿Todas?");
        Assert.Equal("comparten personal", moved.GetProperty("quote").GetString());
        Assert.False(moved.GetProperty("resolved").GetBoolean());
        Assert.Empty(Replies(moved));
        Assert.True(LastParagraphWith(redline, "comparten personal") > LastParagraphWith(redline, "Véase"), "the comment must sit where the paragraph went");

        // The deleted paragraph's comment goes on the nearest paragraph that is still there, and says so.
        var gone = Root("¿Por qué sobra?");
        Assert.StartsWith("[El texto comentado ya no existe]", Plain(gone));
        Assert.StartsWith("La segunda etapa trajo", gone.GetProperty("quote").GetString());
        Assert.True(gone.GetProperty("resolved").GetBoolean());

        // A comment on a note's words goes on the note's reference mark, and quotes those words.
        var note = Root("¿Cuál cooperación?");
        Assert.Equal("[Sobre la nota al pie] «cooperación»: ¿Cuál cooperación?", Plain(note));
        Assert.Equal("word/document.xml", note.GetProperty("location").GetProperty("part").GetString());
        Assert.StartsWith("Las oficinas de", note.GetProperty("location").GetProperty("paragraphText").GetString());
        Assert.Equal("Respondido. Es la cooperación técnica entre ciudades.", Assert.Single(Replies(note)).GetProperty("text").GetString());
        Assert.False(note.GetProperty("resolved").GetBoolean());
    }

    [Fact]
    public void A_comment_across_two_paragraphs_comes_back_across_both()
    {
        using var repo = new RedlineRepository();
        var released = repo.Mini.Read(RedlineRepository.Chapter);
        repo.Mini.Replace(RedlineRepository.Chapter, "La primera oficina se creó para", "La primera oficina de la ciudad nació para");
        repo.Commit("Segunda versión");
        var register = new ReviewRegisterFile(released, RedlineRepository.Chapter)
            // From a paragraph the writers changed into one they did not; and across two they left alone.
            .Add(new("c1", "Coordinación General", "entre ciudades.\nLa segunda etapa", "¿Qué las une?"))
            .Add(new("c2", "DMRI", "del informe.\nLas ciudades medianas", "¿Se borra o se une?"));
        var path = repo.Mini.PathOf("content/informe/revisiones/v1/revision-cg.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, register.Yaml("informe", "v1"));
        repo.Commit("Respuestas a la revisión", ReviewRoundFixture.AnsweredOn);
        var redline = repo.BuildRedline();

        DocxValidation.AssertValid(redline);
        var comments = Extract(repo, redline).RootElement.GetProperty("comments").EnumerateArray().ToList();
        var across = Assert.Single(comments, c => Plain(c) == "¿Qué las une?");
        Assert.Equal("entre ciudades.\nLa segunda etapa", across.GetProperty("quote").GetString());
        var location = across.GetProperty("location");
        Assert.Equal(location.GetProperty("paragraph").GetInt32() + 1, location.GetProperty("endParagraph").GetInt32());
        var untouched = Assert.Single(comments, c => Plain(c) == "¿Se borra o se une?");
        Assert.Equal("del informe.\nLas ciudades medianas", untouched.GetProperty("quote").GetString());
    }

    [Fact]
    public void Pandoc_reads_every_comment_of_a_thread_on_the_same_text()
    {
        var pandoc = Pandoc.Require();
        using var repo = ReviewRoundFixture.Create();
        var redline = repo.BuildRedline();

        var anchored = CommentedText(pandoc.ReadDocx(redline, TrackChanges.All));
        var thread = anchored.Where(a => a.Author is "Coordinación General" or "DMRI" or "Equipo consultor" && a.Text == "visitas protocolarias").ToList();
        Assert.Equal(["Coordinación General", "DMRI", "Equipo consultor"], thread.Select(t => t.Author));
        Assert.Contains(anchored, a => a.Body.StartsWith("[El texto comentado ya no existe]"));
    }

    /// <summary>A comment's text as Word shows it (extract gives it as Markdown, brackets escaped).</summary>
    private static string Plain(JsonElement comment) => comment.GetProperty("text").GetString()!.Replace("\\[", "[").Replace("\\]", "]");

    private static JsonDocument Extract(RedlineRepository repo, string docx)
    {
        var result = Allas.Run(repo.Root, "review", "extract", docx, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.StdOut);
    }

    /// <summary>Index of the last body paragraph holding text (marked text included).</summary>
    private static int LastParagraphWith(string docx, string text)
    {
        using var word = new WordFile(docx);
        return word.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(WordFile.Text).ToList().FindLastIndex(p => p.Contains(text));
    }

    private sealed record Anchored(string Id, string Author, string Body, string Text);

    /// <summary>Each comment pandoc sees: its author, its own text, and the text between its start and end.</summary>
    private static List<Anchored> CommentedText(JsonDocument ast)
    {
        var open = new Dictionary<string, System.Text.StringBuilder>();
        var found = new List<(string Id, string Author, string Body)>();
        var texts = new Dictionary<string, string>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in e.EnumerateArray()) Walk(x);
                return;
            }
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("t", out var t)) return;
            switch (t.GetString())
            {
                case "Span" when Pandoc.Classes(e).Contains("comment-start"):
                    var attributes = Pandoc.Attributes(e);
                    var id = attributes["id"];
                    found.Add((id, attributes.GetValueOrDefault("author", ""), Pandoc.Stringify(e.GetProperty("c")[1])));
                    open[id] = new System.Text.StringBuilder();
                    return;
                case "Span" when Pandoc.Classes(e).Contains("comment-end"):
                    var end = Pandoc.Attributes(e)["id"];
                    if (open.Remove(end, out var text)) texts[end] = text.ToString();
                    // pandoc nests the ends of comments on the same text inside one another.
                    Walk(e.GetProperty("c")[1]);
                    return;
                case "Str":
                    foreach (var sb in open.Values) sb.Append(e.GetProperty("c").GetString());
                    return;
                case "Space" or "SoftBreak":
                    foreach (var sb in open.Values) sb.Append(' ');
                    return;
            }
            if (e.TryGetProperty("c", out var c)) Walk(c);
        }
        Walk(ast.RootElement.GetProperty("blocks"));
        return found.Select(f => new Anchored(f.Id, f.Author, f.Body, texts.GetValueOrDefault(f.Id, ""))).ToList();
    }
}
