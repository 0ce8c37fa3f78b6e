using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// The emitter writes one run per token. Neighbours that read as one are joined again: links
/// split by the tokens, changes of the same kind, author and date (one deleted phrase is one
/// deletion to accept or reject, not one per word), and runs of the same format.
/// </summary>
internal static class RunMerger
{
    public static void Merge(OpenXmlCompositeElement parent)
    {
        JoinSiblings(parent, (a, b) => a is Hyperlink ha && b is Hyperlink hb && SameAttributes(ha, hb));
        JoinSiblings(parent, (a, b) => a.GetType() == b.GetType() && IsChange(a) && SameAttributes(a, b, except: "id"));
        foreach (var child in parent.ChildElements.OfType<OpenXmlCompositeElement>().Where(c => c is Hyperlink || IsChange(c)).ToList())
            Merge(child);
        JoinRuns(parent);
    }

    public static bool IsChange(OpenXmlElement e) => e is InsertedRun or DeletedRun or MoveFromRun or MoveToRun;

    private static void JoinSiblings(OpenXmlCompositeElement parent, Func<OpenXmlElement, OpenXmlElement, bool> same)
    {
        var child = parent.FirstChild;
        while (child?.NextSibling() is { } next)
        {
            if (same(child, next))
            {
                foreach (var inner in next.ChildElements.ToList())
                {
                    inner.Remove();
                    child.Append(inner);
                }
                next.Remove();
            }
            else child = next;
        }
    }

    /// <summary>
    /// Each stretch of text runs of one format becomes its first run, its text joined once: a paragraph
    /// the emitter wrote word by word is one stretch, and joining word by word copied it over and over.
    /// </summary>
    private static void JoinRuns(OpenXmlCompositeElement parent)
    {
        var child = parent.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling();
            if (child is not Run first || TextOf(first) is not { } text || first.RunProperties?.RunPropertiesChange is not null)
            {
                child = next;
                continue;
            }
            var format = first.RunProperties?.OuterXml ?? "";
            List<string>? joined = null;
            while (next is Run run && TextOf(run) is { } more && more.GetType() == text.GetType() && (run.RunProperties?.OuterXml ?? "") == format)
            {
                (joined ??= [text.Text]).Add(more.Text);
                var after = next.NextSibling();
                next.Remove();
                next = after;
            }
            if (joined is not null) text.Text = string.Concat(joined);
            child = next;
        }
    }

    /// <summary>The run's only content when it is text (or deleted text).</summary>
    private static OpenXmlLeafTextElement? TextOf(Run run)
    {
        OpenXmlLeafTextElement? text = null;
        foreach (var child in run.ChildElements)
        {
            if (child is RunProperties) continue;
            if (text is not null || child is not (Text or DeletedText)) return null;
            text = (OpenXmlLeafTextElement)child;
        }
        return text;
    }

    private static bool SameAttributes(OpenXmlElement a, OpenXmlElement b, string? except = null)
    {
        var x = a.GetAttributes().Where(at => at.LocalName != except).Select(at => (at.NamespaceUri, at.LocalName, at.Value)).OrderBy(t => t.LocalName).ToList();
        var y = b.GetAttributes().Where(at => at.LocalName != except).Select(at => (at.NamespaceUri, at.LocalName, at.Value)).OrderBy(t => t.LocalName).ToList();
        return x.SequenceEqual(y);
    }
}
