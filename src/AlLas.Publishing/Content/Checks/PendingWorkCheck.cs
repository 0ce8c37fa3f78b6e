using AlLas.Publishing.Markdown;
using Markdig.Syntax;

namespace AlLas.Publishing.Content.Checks;

/// <summary>Each `[PENDIENTE: ...]` as an info line, so an editor lists the work still owed where it is owed.</summary>
public sealed class PendingWorkCheck : ISourceCheck
{
    public const string Code = "AL0060";

    public void Run(CheckContext context)
    {
        var seen = new HashSet<SourceSpan>();
        foreach (var chapter in context.Publication.Documents.SelectMany(d => d.Chapters))
        {
            foreach (var pending in chapter.Markdown.Descendants<PendingInline>())
            {
                // A marker in a partial or a shared chapter shows once, however many documents include it.
                var at = chapter.SpanOf(pending);
                if (seen.Add(at)) context.Diagnostics.Info(at, Code, $"pendiente: {pending.Text}");
            }
        }
    }
}
