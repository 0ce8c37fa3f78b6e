using AlLas.Publishing.Markdown;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Inlines;

/// <summary>
/// CriticMarkup in the sources becomes what a Word user would have made: tracked insertions and
/// deletions, and comments anchored on the highlighted text (or at a point, for a lone comment).
/// </summary>
public sealed class CriticMarkupRenderer : DocxObjectRenderer<CriticMarkupInline>
{
    protected override void Write(DocxRenderer renderer, CriticMarkupInline critic)
    {
        var context = renderer.Context;
        switch (critic.Kind)
        {
            case CriticKind.Insert:
                Insert(renderer, critic.Text);
                break;
            case CriticKind.Delete:
                Delete(renderer, critic.Text);
                break;
            case CriticKind.Substitute:
                Delete(renderer, critic.Text);
                Insert(renderer, critic.NewText ?? "");
                break;
            case CriticKind.Highlight:
                if (critic.Comment is null)
                {
                    renderer.WithFormat(f => f with { Highlight = true }, () => renderer.WriteText(critic.Text));
                    break;
                }
                var id = context.AddComment(critic.Comment);
                renderer.AppendInline(new CommentRangeStart { Id = id });
                renderer.WithFormat(f => f with { Highlight = true }, () => renderer.WriteText(critic.Text));
                renderer.AppendInline(new CommentRangeEnd { Id = id });
                renderer.AppendInline(new Run(new CommentReference { Id = id }));
                break;
            case CriticKind.Comment:
                var pointId = context.AddComment(critic.Text);
                renderer.AppendInline(new CommentRangeStart { Id = pointId });
                renderer.AppendInline(new CommentRangeEnd { Id = pointId });
                renderer.AppendInline(new Run(new CommentReference { Id = pointId }));
                break;
        }
    }

    private static void Insert(DocxRenderer renderer, string text)
    {
        if (text.Length == 0) return;
        var context = renderer.Context;
        var run = renderer.NewRun(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        renderer.AppendInline(new InsertedRun(run) { Id = context.NextRevisionId(), Author = context.ProposalAuthor });
    }

    private static void Delete(DocxRenderer renderer, string text)
    {
        if (text.Length == 0) return;
        var context = renderer.Context;
        var run = renderer.NewRun(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve });
        renderer.AppendInline(new DeletedRun(run) { Id = context.NextRevisionId(), Author = context.ProposalAuthor });
    }
}
