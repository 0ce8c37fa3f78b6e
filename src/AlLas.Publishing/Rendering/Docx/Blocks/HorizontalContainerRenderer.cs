using Markdig.Extensions.CustomContainers;

namespace AlLas.Publishing.Rendering.Docx.Blocks;

/// <summary>
/// `::: horizontal` sets its blocks on landscape pages: a section ends before and after them.
/// Any other container is transparent.
/// </summary>
public sealed class HorizontalContainerRenderer : DocxObjectRenderer<CustomContainer>
{
    public const string Info = "horizontal";

    protected override void Write(DocxRenderer renderer, CustomContainer container)
    {
        var context = renderer.Context;
        var landscape = string.Equals(container.Info?.Trim(), Info, StringComparison.OrdinalIgnoreCase)
            && renderer.AtBodyLevel && !context.Section.Landscape;
        if (!landscape)
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
