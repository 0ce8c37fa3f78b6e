using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;
using SourceSpan = AlLas.Publishing.Content.SourceSpan;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>The Markdown block a paragraph or table of the Word file was rendered from.</summary>
public sealed record Provenance(string File, SourceSpan Span);

/// <summary>
/// Notes which block of the model wrote each paragraph and table, by standing in front of every
/// object renderer: the redline needs it to date a change by its source file and to find the text
/// a reviewer's comment was on. The innermost block wins (a cell's paragraph, not its table).
/// </summary>
internal sealed class BlockRecorder
{
    public Dictionary<OpenXmlElement, Provenance> Origins { get; } = new(ReferenceEqualityComparer.Instance);

    public void Attach(DocxRenderer renderer)
    {
        for (var i = 0; i < renderer.ObjectRenderers.Count; i++)
            renderer.ObjectRenderers[i] = new Recording(renderer.ObjectRenderers[i], this);
    }

    private void Record(DocxRenderer renderer, Block block, OpenXmlElement? before, OpenXmlElement? after)
    {
        if (after is null || ReferenceEquals(after, before) || after.Parent is not { } container) return;
        var start = before is not null && ReferenceEquals(before.Parent, container) ? before.NextSibling() : container.FirstChild;
        Provenance? provenance = null;
        for (var e = start; e is not null; e = e.NextSibling())
        {
            if (e is Paragraph or Table && !Origins.ContainsKey(e))
            {
                provenance ??= new Provenance(renderer.Chapter?.SourceFile ?? "", renderer.Locate(block));
                Origins[e] = provenance;
            }
            if (ReferenceEquals(e, after)) break;
        }
    }

    private sealed class Recording(IMarkdownObjectRenderer inner, BlockRecorder recorder) : IMarkdownObjectRenderer
    {
        public bool Accept(RendererBase renderer, Type objectType) => inner.Accept(renderer, objectType);

        public void Write(RendererBase renderer, MarkdownObject objectToRender)
        {
            if (objectToRender is not Block block || renderer is not DocxRenderer docx)
            {
                inner.Write(renderer, objectToRender);
                return;
            }
            var before = docx.LastBlock;
            inner.Write(renderer, objectToRender);
            recorder.Record(docx, block, before, docx.LastBlock);
        }
    }
}
