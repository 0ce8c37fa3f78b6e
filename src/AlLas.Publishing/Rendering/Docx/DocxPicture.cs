namespace AlLas.Publishing.Rendering.Docx;

/// <summary>A picture in the package: the PNG every reader shows, the SVG Word 2016 and later prefer (when there is one).</summary>
internal sealed record DocxPicture(string PngId, string? SvgId, ImageInfo Info);
