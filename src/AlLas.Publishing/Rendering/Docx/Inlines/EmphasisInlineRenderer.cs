using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>*italic*, **bold**, ~~struck~~, ~sub~, ^sup^, ==marked==, ++inserted++.</summary>
public sealed class EmphasisInlineRenderer : DocxObjectRenderer<EmphasisInline>
{
    protected override void Write(DocxRenderer renderer, EmphasisInline emphasis)
    {
        Func<RunFormat, RunFormat> change = (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
        {
            ('*' or '_', >= 2) => f => f with { Bold = true },
            ('*' or '_', _) => f => f with { Italic = true },
            ('~', >= 2) => f => f with { Strike = true },
            ('~', _) => f => f with { Subscript = true },
            ('^', _) => f => f with { Superscript = true },
            ('=', _) => f => f with { Highlight = true },
            ('+', _) => f => f with { Underline = true },
            _ => f => f,
        };
        renderer.WithFormat(change, () => renderer.WriteChildren(emphasis));
    }
}
