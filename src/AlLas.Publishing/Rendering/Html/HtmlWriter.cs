using System.Text;
using AlLas.Publishing.Content;
using AlLas.Publishing.Markdown;
using Markdig.Syntax;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>
/// Writes a document as one HTML page through the Scriban layout templates/pagina.html.sbn, with its
/// stylesheet and images in the asset folder beside it. The page is written straight to its file as the
/// layout and the chapters produce it: a long document's page is never held whole in memory.
/// </summary>
public sealed class HtmlWriter(string templatesDirectory) : IDocumentWriter
{
    public const string LayoutName = HtmlLayout.FileName;

    public const string StylesheetName = HtmlPage.StylesheetName;

    /// <summary>The page's encoding: UTF-8 without a byte order mark, as the layout's meta charset says.</summary>
    public static readonly Encoding PageEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public string Format => "html";

    public IReadOnlyList<OutputFile> Write(Document document, Publication publication)
    {
        // Read now, so that a broken layout stops the build before anything is written.
        var layout = HtmlLayout.Read(templatesDirectory, publication.Root);
        TemplateFiles.Require(publication.Root, templatesDirectory, StylesheetName);
        var page = new OutputFile($"{document.Id}.html", stream =>
        {
            using var writer = new StreamWriter(stream, PageEncoding, bufferSize: 1 << 16, leaveOpen: true);
            WritePage(writer, layout, document, publication);
        });
        return [page, .. AssetFiles(document)];
    }

    /// <summary>The page, each chapter rendered as the layout reaches it.</summary>
    public static void WritePage(TextWriter writer, HtmlLayout layout, Document document, Publication publication)
    {
        var renderer = new ChapterHtmlRenderer(document);
        var footnotesBefore = HtmlPage.FootnotesBefore(document.Chapters.Select(ChapterHtmlRenderer.FootnotesOf).ToList());
        var section = new StringWriter();
        HtmlPage.Write(writer, layout, document, publication, index =>
        {
            section.GetStringBuilder().Clear();
            renderer.RenderSection(section, document.Chapters[index], footnotesBefore[index]);
            return section.ToString();
        });
    }

    /// <summary>The stylesheet and the images the page links to, in its asset folder.</summary>
    public IReadOnlyList<OutputFile> AssetFiles(Document document) =>
        Assets(document).Select(a => new OutputFile(a.RelativePath, File.ReadAllBytes(a.Source))).ToList();

    /// <summary>The page's assets: where each goes in the output folder and the file it is copied from.</summary>
    public IReadOnlyList<(string RelativePath, string Source)> Assets(Document document) =>
        Assets(document, c => c.Markdown.Descendants<FigureBlock>());

    /// <summary>The page's assets, with each chapter's figures as figuresOf gives them (the preview keeps them between saves).</summary>
    public IReadOnlyList<(string RelativePath, string Source)> Assets(Document document, Func<Chapter, IEnumerable<FigureBlock>> figuresOf)
    {
        var assets = new List<(string, string)> { ($"{HtmlAssets.Folder(document)}/{StylesheetName}", Path.Combine(templatesDirectory, StylesheetName)) };
        foreach (var figure in document.Chapters.SelectMany(figuresOf).Where(f => f.ImagePath is not null)
                     .DistinctBy(HtmlAssets.ImageName))
            assets.Add(($"{HtmlAssets.Folder(document)}/{HtmlAssets.ImageName(figure)}", HtmlAssets.ImageSource(figure)!));
        return assets;
    }
}
