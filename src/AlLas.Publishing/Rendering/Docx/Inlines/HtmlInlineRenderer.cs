using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>`&lt;br&gt;` (common in table cells) is a line break; other inline tags are HTML-only.</summary>
public sealed partial class HtmlInlineRenderer : DocxObjectRenderer<HtmlInline>
{
    protected override void Write(DocxRenderer renderer, HtmlInline html)
    {
        if (LineBreak().IsMatch(html.Tag)) renderer.AppendInline(renderer.NewRun(new Break()));
    }

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();
}
