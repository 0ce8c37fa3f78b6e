namespace AlLas.Publishing.Rendering.Docx;

/// <summary>What part of the document a chapter is: it decides heading styles, numbers and sections.</summary>
public enum DocxChapterKind
{
    /// <summary>The cover: `#` in the Title style, `##` in the Subtitle style, nothing numbered or listed.</summary>
    Cover,
    /// <summary>Credits, disclaimer: headings stay out of the outline and the table of contents.</summary>
    Preliminary,
    /// <summary>A chapter without a number, such as a presentation: in the contents, not numbered.</summary>
    Unnumbered,
    Numbered,
    Annex,
}
