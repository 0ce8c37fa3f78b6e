using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace AlLas.Publishing.Markdown;

/// <summary>
/// The fenced blocks (`::: name`) the cover, credits and back cover templates are made of, beyond the
/// page-level `portada`, `contraportada` and `horizontal`: each renderer draws them its own way.
/// </summary>
public static class CoverContainers
{
    /// <summary>The EU emblem, drawn by the build, beside the visibility line the block holds.</summary>
    public const string EuEmblem = "emblema-ue";

    /// <summary>The project's identity: its logo (the block's argument, a path from the template's folder) and name.</summary>
    public const string Identity = "identidad";

    /// <summary>Small print: the source commit in the credits.</summary>
    public const string SmallPrint = "letra-menuda";

    public const string Cover = "portada";
    public const string BackCover = "contraportada";

    private static readonly object LogoKey = new();

    public static bool Is(CustomContainer container, string name) =>
        (container.Info?.Trim() ?? "").Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The logo file of an identity block, as found when references were resolved; null without one.</summary>
    public static string? LogoPath(CustomContainer container) => container.GetData(LogoKey) as string;

    /// <summary>Resolves the logo of each identity block of a chapter against its folder; a file that is not there is left out (the check reports it).</summary>
    public static void LocateLogos(MarkdownDocument markdown, string chapterFolder)
    {
        foreach (var container in markdown.Descendants<CustomContainer>())
        {
            if (!Is(container, Identity) || container.Arguments is not { Length: > 0 } argument) continue;
            var path = Path.GetFullPath(Path.Combine(chapterFolder, argument.Trim()));
            if (File.Exists(path)) container.SetData(LogoKey, path);
        }
    }
}
