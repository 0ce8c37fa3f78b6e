using AlLas.Publishing.Review;
using AlLas.Publishing.Review.Import;
using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Review.Import;

public class PairDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var root = Environment.GetEnvironmentVariable("PAIR_ROOT");
        using var mini = new MiniPublication();
        var publication = root is null ? mini.Load() : new AlLas.Publishing.Content.PublicationLoader(root, new(), AlLas.Publishing.Content.ReleaseInfo.WorkingDraft("0123456789abcdef0123456789abcdef01234567")).Load();
        foreach (var document in publication.Documents)
        {
            var bytes = new DocxDocumentWriter(Path.Combine(root ?? mini.Root, "templates")).Write(document, publication)[0].Content;
            var temp = Path.GetTempFileName() + ".docx";
            File.WriteAllBytes(temp, bytes);
            var paragraphs = DocxReviewReader.Read(temp).Paragraphs;
            var pairs = ReleaseParagraph.Pair(paragraphs, BlockText.Of(document));
            int same = 0, differ = 0, none = 0;
            foreach (var p in pairs)
            {
                if (p.Text.Trim().Length == 0) continue;
                if (p.Block is null) { none++; output.WriteLine($"NONE {p.Part}#{p.Paragraph.Index}: {p.Text}"); }
                else if (p.Block.Text != p.Text) { differ++; output.WriteLine($"DIFF {p.Part}#{p.Paragraph.Index}: {p.Text}\n     block: {p.Block.Text}"); }
                else same++;
            }
            output.WriteLine($"{document.Id}: same {same}, differ {differ}, none {none}, blocks {BlockText.Of(document).Count}");
        }
    }
}
