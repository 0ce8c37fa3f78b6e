namespace AlLas.Publishing.Content.Checks;

/// <summary>
/// publication.yml: the keys the templates and partials rely on, their types, and ids that must be
/// unique. Open maps: writers may add data for their own chapters.
/// </summary>
public sealed class PublicationSchemaCheck : ISourceCheck
{
    public static Shape Shape { get; } = Shape.Map(closed: false,
        new Field("project", Shape.Map(closed: false,
            new Field("name", Shape.Text, Required: true),
            new Field("long_name", Shape.Text),
            new Field("tagline", Shape.Text),
            new Field("funding_line", Shape.Text),
            new Field("eu_visibility", Shape.Text),
            new Field("logo", Shape.Text),
            new Field("programme", Shape.Text),
            new Field("collection", Shape.Text),
            new Field("coordinator", Shape.Map(closed: false,
                new Field("name", Shape.Text, Required: true),
                new Field("unit", Shape.Text),
                new Field("city", Shape.Text))),
            new Field("aims", Shape.ListOf(Shape.Text)),
            new Field("themes", Shape.ListOf(Shape.Text)),
            new Field("disclaimer", Shape.Text)), Required: true),
        new Field("credits", Shape.Map(closed: true,
            new Field("authors", Shape.ListOf(Shape.Map(closed: true,
                new Field("name", Shape.Text, Required: true),
                new Field("role", Shape.Text))), Required: true),
            new Field("responsible", Shape.Map(closed: true,
                new Field("name", Shape.Text, Required: true),
                new Field("unit", Shape.Text),
                new Field("role", Shape.Text)), Required: true))),
        new Field("partners", Shape.ListOf(Organisation("partners", new Field("kind", Shape.Text), new Field("via", Shape.Text)))),
        new Field("collaborators", Shape.ListOf(Organisation("collaborators", new Field("role", Shape.Text)))),
        new Field("workshops", Shape.ListOf(Shape.Map(closed: false,
            new Field("number", Shape.Integer, Required: true),
            new Field("theme", Shape.Text),
            new Field("city", Shape.Text),
            new Field("country", Shape.Text),
            new Field("dates", Shape.Text),
            new Field("start", Shape.Date),
            new Field("lead", Shape.Text)))),
        new Field("deliverables", Shape.ListOf(Shape.Map(closed: false,
            new Field("number", Shape.Integer, Required: true, UniqueAmong: "deliverables"),
            new Field("title", Shape.Text, Required: true),
            new Field("content", Shape.Text),
            new Field("due", Shape.Text),
            new Field("pages", Shape.Integer)))),
        new Field("people", Shape.ListOf(Shape.Map(closed: false,
            new Field("role", Shape.Text),
            new Field("organisation", Shape.Text)))));

    private static Shape Organisation(string list, params Field[] more) => Shape.Map(closed: false,
    [
        new Field("id", Shape.Text, Required: true, UniqueAmong: list),
        new Field("name", Shape.Text, Required: true),
        new Field("short", Shape.Text),
        new Field("city", Shape.Text),
        new Field("country", Shape.Text),
        .. more,
    ]);

    public void Run(CheckContext context)
    {
        if (context.Source(Paths.PublicationFile) is not { } source || YamlSchema.Load(source) is not { } root) return;
        new YamlSchema(source, context.Diagnostics).Check(root, Shape);
    }
}
