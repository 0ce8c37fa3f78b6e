using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Tests.Support;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace AlLas.Publishing.Tests.Rendering.Docx;

public sealed class ImageTests
{
    [Fact]
    public void Size_and_resolution_come_from_the_file_header()
    {
        var png = ImageInfo.Read(File.ReadAllBytes(Path.Combine(SampleManuscript.Fixtures, "grafico.png")))!;
        Assert.Equal((ImageFormat.Png, 600, 300), (png.Format, png.PixelWidth, png.PixelHeight));
        Assert.Equal(150, png.DpiX, 0.1);
        // 5906 pixels per metre, as PNG stores 150 dpi.
        Assert.InRange(png.WidthEmu, 4 * 914400 * 0.999, 4 * 914400 * 1.001);

        var jpeg = ImageInfo.Read(File.ReadAllBytes(Path.Combine(SampleManuscript.Fixtures, "foto.jpg")))!;
        Assert.Equal((ImageFormat.Jpeg, 397, 300), (jpeg.Format, jpeg.PixelWidth, jpeg.PixelHeight));
        Assert.Equal(48, jpeg.DpiX, 0.1);

        Assert.Null(ImageInfo.Read("<svg xmlns='http://www.w3.org/2000/svg'/>"u8));
        Assert.Null(ImageInfo.Read([0x89, (byte)'P', (byte)'N', (byte)'G']));
    }

    [Fact]
    public void Images_keep_their_natural_size_unless_wider_than_the_text_and_carry_their_alt_text()
    {
        var (bytes, _) = DocxWriter.Build(SampleManuscript.Create(), SampleManuscript.Options);
        using var word = new WordFile(bytes);

        var drawings = word.Body.Descendants<Wp.Inline>().ToList();
        Assert.Equal(2, drawings.Count);
        var (png, jpeg) = (drawings[0], drawings[1]);

        // 600 × 300 px at 150 dpi: 4 × 2 inches, narrower than the text, so as it is.
        Assert.InRange(png.Extent!.Cx!.Value, 4 * 914400 * 0.999, 4 * 914400 * 1.001);
        Assert.InRange(png.Extent.Cy!.Value, 2 * 914400 * 0.999, 2 * 914400 * 1.001);
        Assert.Equal("Fases del taller", png.DocProperties!.Description!.Value);

        // 397 × 300 px at 48 dpi: 8.3 inches, wider than the 16 cm of text: shrunk, proportions kept.
        var textWidth = PageSetup.A4.TextWidth(landscape: false) * PageSetup.EmuPerTwip;
        Assert.Equal(textWidth, jpeg.Extent!.Cx!.Value);
        Assert.InRange(jpeg.Extent.Cy!.Value, textWidth * 300 / 397 - 1, textWidth * 300 / 397 + 1);
        Assert.Equal("Foto del taller en Quito", jpeg.DocProperties!.Description!.Value);

        Assert.Equal(2, word.Main.ImageParts.Count());
    }
}
