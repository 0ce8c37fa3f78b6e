using System.Xml.Linq;
using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Graphics;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>
/// Fenced blocks as a `div` of their name, as Markdig writes them, except the cover's: the EU emblem is
/// drawn in the page as SVG beside the visibility line, and the project's logo travels inside the page
/// (a data URL), so that the page needs no file of the templates' folder.
/// </summary>
public sealed class CoverBlockRenderer : HtmlCustomContainerRenderer
{
    private static readonly Lazy<string> Emblem = new(() => EuEmblem.SvgElement().ToString(SaveOptions.DisableFormatting)
        .Replace(" xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal));

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (CoverContainers.Is(container, CoverContainers.EuEmblem))
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"emblema-ue\">").Write(Emblem.Value).Write("<div class=\"visibilidad\">");
            renderer.WriteChildren(container);
            renderer.WriteLine("</div></div>");
            return;
        }
        if (CoverContainers.Is(container, CoverContainers.Identity))
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"identidad\">");
            if (CoverContainers.LogoPath(container) is { } logo)
            {
                var type = Path.GetExtension(logo).Equals(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg";
                renderer.Write("<img class=\"logotipo\" alt=\"Logotipo del proyecto\" src=\"data:").Write(type).Write(";base64,")
                    .Write(Convert.ToBase64String(File.ReadAllBytes(logo))).Write("\">");
            }
            renderer.WriteChildren(container);
            renderer.WriteLine("</div>");
            return;
        }
        base.Write(renderer, container);
    }
}
