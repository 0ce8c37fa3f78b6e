namespace AlLas.Publishing.Content;

/// <summary>The files of templates/ a build cannot do without; `check` names a missing one as `build` would.</summary>
public static class TemplateFiles
{
    public const string Code = "AL0043";

    /// <summary>The HTML page's layout and its stylesheet, with what each is for.</summary>
    public static IReadOnlyList<(string Name, string What)> Required { get; } =
    [
        (Rendering.Html.HtmlLayout.FileName, "la plantilla de la página HTML"),
        (Rendering.Html.HtmlPage.StylesheetName, "la hoja de estilos del HTML"),
    ];

    /// <summary>Why a required file of <paramref name="templatesDirectory"/> cannot be used, or null.</summary>
    public static SourceException? Problem(string root, string templatesDirectory, string name)
    {
        var path = Path.Combine(templatesDirectory, name);
        var relative = Paths.Relative(root, path);
        var what = Required.FirstOrDefault(r => r.Name == name).What ?? "una plantilla";
        if (!File.Exists(path) && !Directory.Exists(path))
            return new SourceException(relative, Code, $"falta {what} ({relative}); recupérela, p. ej. con git checkout -- {relative}");
        return SourceFiles.Problem(root, path, relative) is { } problem ? new SourceException(relative, problem.Code, problem.Message) : null;
    }

    /// <summary>Throws when a required file is missing or cannot be read as a source.</summary>
    public static string Require(string root, string templatesDirectory, string name) =>
        Problem(root, templatesDirectory, name) is { } problem ? throw problem : Path.Combine(templatesDirectory, name);
}
