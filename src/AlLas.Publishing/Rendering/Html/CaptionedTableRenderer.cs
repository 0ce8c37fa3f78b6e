using AlLas.Publishing.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>A table with its caption above it, as the Word version has it, in a box of its own that scrolls on narrow screens.</summary>
public sealed class CaptionedTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var caption = TableCaptionBlock.Of(table);
        if (caption?.Target is not { } target)
        {
            WriteScrolling(renderer, table);
            return;
        }
        renderer.Write("<figure class=\"tabla\"");
        if (target.Label.Length > 0) renderer.Write(" id=\"").WriteEscape(target.Label).Write('"');
        renderer.Write("><figcaption><span class=\"rotulo\">").WriteEscape(target.CaptionPrefix).Write(".</span> ");
        renderer.WriteLeafInline(caption);
        renderer.WriteLine("</figcaption>");
        WriteScrolling(renderer, table);
        renderer.WriteLine("</figure>");
    }

    /// <summary>A table wider than the screen scrolls inside its own box, not the page.</summary>
    private void WriteScrolling(HtmlRenderer renderer, Table table)
    {
        renderer.Write("<div class=\"desplazable\">");
        base.Write(renderer, table);
        renderer.WriteLine("</div>");
    }
}

public sealed class TableCaptionRenderer : Markdig.Renderers.Html.HtmlObjectRenderer<TableCaptionBlock>
{
    // Written with its table by CaptionedTableRenderer.
    protected override void Write(HtmlRenderer renderer, TableCaptionBlock caption)
    {
    }
}
