using AlLas.Publishing.Rendering.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>
/// Links to the web become Word hyperlinks; "#label" links jump to the label's bookmark; links to
/// other files keep only their text. Images become inline drawings at their natural size.
/// </summary>
public sealed class LinkInlineRenderer : DocxObjectRenderer<LinkInline>
{
    protected override void Write(DocxRenderer renderer, LinkInline link)
    {
        if (link.IsImage)
        {
            ImageWriter.Write(renderer, link);
            return;
        }
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        if (!HyperlinkWriter.TryWrite(renderer, url, () => renderer.WriteChildren(link)))
        {
            renderer.WriteChildren(link);
        }
    }
}

internal static class HyperlinkWriter
{
    public static bool TryWrite(DocxRenderer renderer, string url, Action writeText)
    {
        Hyperlink hyperlink;
        if (url.StartsWith('#') && url.Length > 1)
        {
            hyperlink = new Hyperlink { Anchor = renderer.Context.Bookmarks.NameFor(url[1..]), History = true };
        }
        else if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "ftp")
        {
            hyperlink = new Hyperlink { Id = renderer.Context.Hyperlink(uri), History = true };
        }
        else
        {
            return false;
        }
        renderer.WithinInline(hyperlink, () =>
            renderer.WithFormat(f => f with { CharacterStyle = f.CharacterStyle ?? StyleIds.Hyperlink }, writeText));
        return true;
    }
}
