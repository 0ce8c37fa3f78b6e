using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Markdown;

/// <summary>
/// Turns image-only paragraphs into figures and `Tabla:` paragraphs after a table into its caption,
/// once the document is parsed (pandoc's convention, which writers already know).
/// </summary>
public static class CaptionedBlocks
{
    public static void Process(MarkdownDocument document)
    {
        foreach (var container in document.Descendants<ContainerBlock>().Prepend(document).ToList())
        {
            for (var i = 0; i < container.Count; i++)
            {
                if (container[i] is not ParagraphBlock paragraph) continue;
                Block? replacement = (Block?)AsFigure(paragraph)
                    ?? (i > 0 && container[i - 1] is Table table ? AsTableCaption(paragraph, table) : null);
                if (replacement is null) continue;
                container[i] = replacement;
            }
        }
    }

    private static FigureBlock? AsFigure(ParagraphBlock paragraph)
    {
        // Every paragraph passes here: look for the one image without building lists, and stop at the first text.
        LinkInline? image = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LineBreakInline || (inline is LiteralInline l && l.Content.IsEmptyOrWhitespace())) continue;
            if (image is not null || inline is not LinkInline { IsImage: true } link) return null;
            image = link;
        }
        if (image is null) return null;

        var attributes = image.TryGetAttributes();
        var caption = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        var alt = attributes?.Properties?.FirstOrDefault(p => p.Key == "alt").Value ?? caption;
        image.Remove();
        return new FigureBlock(null)
        {
            Image = image,
            Label = attributes?.Id,
            AltText = alt,
            Span = paragraph.Span,
            Line = paragraph.Line,
            Column = paragraph.Column,
        };
    }

    private static TableCaptionBlock? AsTableCaption(ParagraphBlock paragraph, Table table)
    {
        if (paragraph.Inline?.FirstChild is not LiteralInline first) return null;
        var content = first.Content;
        var prefix = TableCaptionBlock.Prefixes.FirstOrDefault(p => content.ToString().StartsWith(p, StringComparison.Ordinal));
        if (prefix is null) return null;

        content.Start += prefix.Length;
        while (content.Start <= content.End && char.IsWhiteSpace(content.Text[content.Start])) content.Start++;
        first.Content = content;

        // The inlines' attributes come last: they win over the paragraph's.
        var attributes = paragraph.Inline.Descendants<Inline>().Select(i => i.TryGetAttributes())
            .Prepend(paragraph.TryGetAttributes()).Where(a => a is not null).ToList();
        var label = attributes.Select(a => a!.Id).LastOrDefault(id => id is not null);
        var widths = attributes.SelectMany(a => a!.Properties ?? []).LastOrDefault(p => p.Key == "widths").Value;
        if (paragraph.Inline.LastChild is LiteralInline last)
        {
            var tail = last.Content;
            while (tail.End >= tail.Start && char.IsWhiteSpace(tail.Text[tail.End])) tail.End--;
            last.Content = tail;
        }
        var inlines = new ContainerInline { Span = paragraph.Inline.Span, Line = paragraph.Inline.Line, Column = paragraph.Inline.Column };
        paragraph.Inline.TransferChildrenTo(inlines);
        var caption = new TableCaptionBlock(null)
        {
            Label = label,
            WidthsAttribute = widths,
            Table = table,
            Inline = inlines,
            Span = paragraph.Span,
            Line = paragraph.Line,
            Column = paragraph.Column,
        };
        table.SetData(typeof(TableCaptionBlock), caption);
        return caption;
    }
}
