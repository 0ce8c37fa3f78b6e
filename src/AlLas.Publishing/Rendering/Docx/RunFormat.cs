using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>The direct formatting Markdown emphasis asks of a run; character styles do the rest.</summary>
public readonly record struct RunFormat(
    bool Bold = false,
    bool Italic = false,
    bool Strike = false,
    bool Superscript = false,
    bool Subscript = false,
    bool Underline = false,
    bool Highlight = false,
    string? CharacterStyle = null)
{
    public RunProperties? ToRunProperties()
    {
        if (this == default) return null;
        var r = new RunProperties();
        if (CharacterStyle is not null) r.RunStyle = new RunStyle { Val = CharacterStyle };
        if (Bold) { r.Bold = new Bold(); r.BoldComplexScript = new BoldComplexScript(); }
        if (Italic) { r.Italic = new Italic(); r.ItalicComplexScript = new ItalicComplexScript(); }
        if (Strike) r.Strike = new Strike();
        if (Highlight) r.Highlight = new Highlight { Val = HighlightColorValues.Yellow };
        if (Underline) r.Underline = new Underline { Val = UnderlineValues.Single };
        if (Superscript) r.VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript };
        else if (Subscript) r.VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Subscript };
        return r;
    }
}
