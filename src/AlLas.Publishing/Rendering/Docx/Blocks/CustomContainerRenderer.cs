using AlLas.Publishing.Markdown;
using AlLas.Publishing.Rendering.Docx.Styling;
using Markdig.Extensions.CustomContainers;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>
/// `::: horizontal` sets its blocks on landscape pages: a section ends before and after them.
/// `::: aviso-ue` is the boxed EU disclaimer; the cover's blocks (<see cref="CoverContainers"/>) have
/// their own writers. Any other container (the cover's `portada`) is transparent.
/// </summary>
public sealed class CustomContainerRenderer : DocxObjectRenderer<CustomContainer>
{
    public const string Horizontal = "horizontal";
    public const string Disclaimer = "aviso-ue";

    protected override void Write(DocxRenderer renderer, CustomContainer container)
    {
        var info = container.Info?.Trim() ?? "";
        if (info.Equals(Disclaimer, StringComparison.OrdinalIgnoreCase))
        {
            renderer.WithFrame(new BlockFrame(StyleIds.Disclaimer), () => renderer.WriteChildren(container));
            return;
        }
        if (CoverContainers.Is(container, CoverContainers.EuEmblem))
        {
            EuVisibilityWriter.Write(renderer, container);
            return;
        }
        if (CoverContainers.Is(container, CoverContainers.Identity))
        {
            IdentityWriter.Write(renderer, container);
            return;
        }
        if (CoverContainers.Is(container, CoverContainers.SmallPrint))
        {
            renderer.WithFrame(new BlockFrame(StyleIds.SmallPrint), () => renderer.WriteChildren(container));
            return;
        }
        var context = renderer.Context;
        if (!info.Equals(Horizontal, StringComparison.OrdinalIgnoreCase) || !renderer.AtBodyLevel || context.Section.Landscape)
        {
            renderer.WriteChildren(container);
            return;
        }
        renderer.CloseParagraph();
        var around = context.Section with { RestartNumbering = false };
        context.BreakSection(around with { Landscape = true });
        renderer.WriteChildren(container);
        renderer.CloseParagraph();
        context.BreakSection(around);
    }
}
