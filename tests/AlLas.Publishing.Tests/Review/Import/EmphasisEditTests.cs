using AlLas.Publishing.Review.Import;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>Bold and italic a reviewer set or removed, written into a Markdown line as a writer would.</summary>
public sealed class EmphasisEditTests
{
    private static string Applied(string line, string words, string change, bool critic = false)
    {
        var start = line.IndexOf(words, StringComparison.Ordinal);
        var (s, e, text, conflict) = EmphasisEdit.Apply(line, start, start + words.Length, RunFormatting.Parse(change), critic);
        Assert.True(conflict is null, conflict);
        return line[..s] + text + line[e..];
    }

    private static string? Conflict(string line, string words, string change)
    {
        var start = line.IndexOf(words, StringComparison.Ordinal);
        return EmphasisEdit.Apply(line, start, start + words.Length, RunFormatting.Parse(change), false).Conflict;
    }

    [Theory]
    [InlineData("trabajan con prioridades distintas.", "prioridades distintas", "+bold", "trabajan con **prioridades distintas**.")]
    [InlineData("trabajan con prioridades distintas.", "prioridades ", "+italic", "trabajan con *prioridades* distintas.")]
    [InlineData("trabajan con prioridades distintas.", "prioridades", "+bold +italic", "trabajan con ***prioridades*** distintas.")]
    [InlineData("trabajan con **prioridades** distintas.", "prioridades", "-bold", "trabajan con prioridades distintas.")]
    [InlineData("trabajan con _prioridades_ distintas.", "prioridades", "-italic", "trabajan con prioridades distintas.")]
    [InlineData("trabajan con ***prioridades*** distintas.", "prioridades", "-italic", "trabajan con **prioridades** distintas.")]
    [InlineData("trabajan con *prioridades* distintas.", "prioridades", "+bold", "trabajan con ***prioridades*** distintas.")]
    public void Bold_and_italic_become_the_marks_a_writer_would_type(string line, string words, string change, string expected)
    {
        Assert.Equal(expected, Applied(line, words, change));
    }

    [Fact]
    public void As_criticmarkup_the_emphasis_is_a_proposed_substitution()
    {
        Assert.Equal("con {~~prioridades~>**prioridades**~~} distintas", Applied("con prioridades distintas", "prioridades", "+bold", critic: true));
    }

    [Fact]
    public void What_does_not_match_the_source_is_left_to_the_writers()
    {
        // Bold over more words than the change removes it from.
        Assert.NotNull(Conflict("con **prioridades distintas** hoy", "distintas", "-bold"));
        // Words that carry other Markdown.
        Assert.NotNull(Conflict("véase `código` aquí", "`código`", "+bold"));
        // Already bold.
        Assert.NotNull(Conflict("con **prioridades** hoy", "prioridades", "+bold"));
        // Underline has no Markdown.
        Assert.NotNull(Conflict("con prioridades hoy", "prioridades", "u"));
    }
}
