namespace AlLas.Publishing.Rendering.Docx.Styling;

/// <summary>
/// The style ids the writer applies. A reference docx restyled in Word keeps these ids (Word keeps
/// the ids of built-in styles and of named custom ones), so the writer can rely on them.
/// Built-in styles carry Word's own names, which Word shows translated ("Título 1") in a Spanish UI.
/// </summary>
public static class StyleIds
{
    public const string Normal = "Normal";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string TableNormal = "TableNormal";
    public const string NoList = "NoList";

    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string CoverText = "DatosPortada";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Heading4 = "Heading4";
    public const string AnnexHeading = "Anexo";
    public const string BodyText = "BodyText";
    public const string BlockText = "BlockText";
    public const string ListParagraph = "ListParagraph";
    public const string SourceCode = "Codigo";
    public const string Figure = "Figura";
    public const string Caption = "Caption";
    public const string TableText = "TextoTabla";
    public const string FootnoteText = "FootnoteText";
    public const string TocHeading = "TOCHeading";
    public const string Toc1 = "TOC1";
    public const string Toc2 = "TOC2";
    public const string Toc3 = "TOC3";
    public const string Bibliography = "Bibliography";
    public const string Disclaimer = "AvisoUE";
    public const string SmallPrint = "LetraMenuda";
    public const string Header = "Header";
    public const string Footer = "Footer";

    public const string FootnoteReference = "FootnoteReference";
    public const string Hyperlink = "Hyperlink";
    public const string Pending = "Pendiente";
    public const string VerbatimChar = "CodigoCar";

    public const string Table = "TablaALLAs";

    public static string Heading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        3 => Heading3,
        _ => Heading4,
    };

    public static string Toc(int level) => level switch
    {
        1 => Toc1,
        2 => Toc2,
        _ => Toc3,
    };
}
