using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace AlLas.Publishing.Review;

/// <summary>
/// A comment's body as Markdown: one paragraph per w:p, **bold**, *italic*, [links](url).
/// The comment reads as it stands now: text deleted inside it with Track Changes is left out.
/// </summary>
internal static class CommentMarkdown
{
    private readonly record struct Piece(string Text, bool Bold, bool Italic, string? Link);

    public static string Of(WordElement comment, OpenXmlPart commentsPart)
    {
        var paragraphs = comment.Descendants().Where(e => e.IsW("p") && !InsideFallback(e, comment));
        var blocks = paragraphs.Select(p => Paragraph(p, commentsPart)).ToList();
        // Word writes an empty last paragraph in some replies; blank paragraphs carry nothing.
        return string.Join("\n\n", blocks.Where(b => b.Length > 0));
    }

    private static string Paragraph(WordElement p, OpenXmlPart part)
    {
        var pieces = new List<Piece>();
        foreach (var run in p.Descendants().Where(e => e.IsW("r")))
        {
            var within = run.Ancestors().TakeWhile(a => a != p).ToList();
            // Runs of a nested paragraph (a text box) belong to that paragraph.
            if (within.Any(a => a.IsW("del") || a.IsW("moveFrom") || a.IsW("p"))) continue;
            var properties = run.ChildW("rPr");
            var bold = Toggled(properties, "b");
            var italic = Toggled(properties, "i");
            var link = LinkOf(run, p, part);
            foreach (var child in run.ChildElements.Where(c => c.IsW()))
            {
                var text = child.LocalName switch
                {
                    "t" => child.InnerText,
                    "tab" => "\t",
                    "br" or "cr" => "\n",
                    "noBreakHyphen" => "\u2011",
                    _ => null,
                };
                if (text is not null) pieces.Add(new Piece(text, bold, italic, link));
            }
        }
        return Render(Merge(pieces)).Trim();
    }

    private static bool Toggled(WordElement? properties, string name) =>
        properties?.ChildW(name) is { } toggle && WordNames.IsOn(toggle.WAttr("val"));

    private static string? LinkOf(WordElement run, WordElement paragraph, OpenXmlPart part)
    {
        var hyperlink = run.Ancestors().TakeWhile(a => a != paragraph).FirstOrDefault(a => a.IsW("hyperlink"));
        if (hyperlink is null) return null;
        var id = hyperlink.Attr("id", WordNames.R, WordNames.RStrict);
        if (id is null) return null;
        var relationship = part.HyperlinkRelationships.FirstOrDefault(h => h.Id == id);
        return relationship?.Uri.OriginalString;
    }

    private static IEnumerable<Piece> Merge(List<Piece> pieces)
    {
        Piece? current = null;
        foreach (var piece in pieces)
        {
            if (current is { } c && c.Bold == piece.Bold && c.Italic == piece.Italic && c.Link == piece.Link)
            {
                current = c with { Text = c.Text + piece.Text };
                continue;
            }
            if (current is { } done) yield return done;
            current = piece;
        }
        if (current is { } last) yield return last;
    }

    private static string Render(IEnumerable<Piece> pieces)
    {
        var markdown = new StringBuilder();
        foreach (var piece in pieces)
        {
            // Emphasis markers must touch the text: spaces go outside them.
            var core = piece.Text.Trim();
            if (core.Length == 0)
            {
                markdown.Append(piece.Text.Replace("\n", "\\\n"));
                continue;
            }
            var lead = piece.Text[..piece.Text.IndexOf(core, StringComparison.Ordinal)];
            var trail = piece.Text[(lead.Length + core.Length)..];
            var text = Escape(core);
            if (piece.Italic) text = $"*{text}*";
            if (piece.Bold) text = $"**{text}**";
            if (piece.Link is not null) text = $"[{text}]({piece.Link})";
            markdown.Append(lead).Append(text).Append(trail);
        }
        return markdown.ToString();
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']') escaped.Append('\\');
            if (c == '\n') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static bool InsideFallback(WordElement e, WordElement stop) =>
        e.Ancestors().TakeWhile(a => a != stop).Any(a => a.IsFallback());
}
