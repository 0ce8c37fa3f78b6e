using AlLas.Publishing.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>A table with its caption above it, as the Word version has it.</summary>
public sealed class CaptionedTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var caption = TableCaptionBlock.Of(table);
        if (caption?.Target is not { } target)
        {
            base.Write(renderer, table);
            return;
        }
        renderer.Write("<figure class=\"tabla\"");
        if (target.Label.Length > 0) renderer.Write(" id=\"").WriteEscape(target.Label).Write('"');
        renderer.Write("><figcaption><span class=\"rotulo\">").WriteEscape(target.CaptionPrefix).Write(".</span> ");
        renderer.WriteLeafInline(caption);
        renderer.WriteLine("</figcaption>");
        base.Write(renderer, table);
        renderer.WriteLine("</figure>");
    }
}

public sealed class TableCaptionRenderer : Markdig.Renderers.Html.HtmlObjectRenderer<TableCaptionBlock>
{
    // Written with its table by CaptionedTableRenderer.
    protected override void Write(HtmlRenderer renderer, TableCaptionBlock caption)
    {
    }
}
