using AlLas.Publishing.Rendering.Html;
using AlLas.Publishing.Tests.Support;
using Scriban;
using Scriban.Runtime;

namespace AlLas.Publishing.Tests.Rendering.Html;

/// <summary>
/// The layout prints the chapters as they are written rather than as one string: whatever a writer's layout
/// does with them, the page is the one Scriban writes when given the chapters as a string.
/// </summary>
public sealed class HtmlLayoutTests : IDisposable
{
    private static readonly string[] Chapters = ["<section>\n<p>Uno</p>\n</section>\n", "<section>\n<p>Dos «tres»</p>\n</section>\n"];

    private readonly TempDir dir = RepoPaths.NewTempDir();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData("<main>\n{{ body }}\n</main>\n{{ title }}", true)]
    [InlineData("<main>\n  {{ body }}\n</main>", false)]
    [InlineData("{{ for i in 1..2 }}[{{ i }}]{{ end }}{{ body }}{{ cover }}|{{ body }}", true)]
    [InlineData("<p>{{ body | string.size }}</p>{{ body | string.upcase }}", false)]
    [InlineData("{{ capture kept }}{{ body }}{{ end }}<div>{{ kept }}</div>", false)]
    [InlineData("{{ if body }}sí{{ end }}{{ if cover }}portada{{ end }}", true)]
    public void A_layout_writes_the_page_Scriban_writes_with_the_chapters_as_a_string(string text, bool reusable)
    {
        File.WriteAllText(dir.File(HtmlLayout.FileName), text);
        var layout = HtmlLayout.Read(dir.Path, dir.Path);

        var output = layout.Render(Model(new PageSection([0, 1], i => Chapters[i])));
        var page = new StringWriter();
        output.WriteTo(page);

        var expected = Template.Parse(text).Render(Context(Model(string.Concat(Chapters))));
        Assert.Equal(expected, page.ToString());
        Assert.Equal(reusable, output.Reusable);
    }

    [Fact]
    public void A_kept_output_takes_other_sections_in_its_slots()
    {
        File.WriteAllText(dir.File(HtmlLayout.FileName), "<main>\n{{ body }}</main>");
        var output = HtmlLayout.Read(dir.Path, dir.Path).Render(Model(new PageSection([0, 1], i => Chapters[i])));

        var page = new StringWriter();
        output.WriteTo(page, i => $"<p>{i}</p>\n");

        Assert.Equal("<main>\n<p>0</p>\n<p>1</p>\n</main>", page.ToString());
    }

    private static ScriptObject Model(object body) => new() { ["body"] = body, ["cover"] = "", ["title"] = "Título" };

    private static TemplateContext Context(ScriptObject model)
    {
        var context = new TemplateContext { StrictVariables = true, MemberRenamer = m => m.Name, LoopLimit = 0, LimitToString = 0 };
        context.PushGlobal(model);
        return context;
    }
}
