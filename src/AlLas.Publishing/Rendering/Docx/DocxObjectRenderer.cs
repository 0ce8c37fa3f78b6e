using Markdig.Renderers;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Docx;

/// <summary>The base of every Word object renderer, as HtmlObjectRenderer is for HTML.</summary>
public abstract class DocxObjectRenderer<TObject> : MarkdownObjectRenderer<DocxRenderer, TObject>
    where TObject : MarkdownObject;
