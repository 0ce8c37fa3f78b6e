using AlLas.Publishing.Content;
using Scriban;
using Scriban.Runtime;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>The page's Scriban layout, templates/pagina.html.sbn, parsed once and rendered straight to a writer.</summary>
public sealed class HtmlLayout
{
    public const string FileName = "pagina.html.sbn";

    private readonly Template template;
    private readonly string file;

    private HtmlLayout(Template template, string file)
    {
        this.template = template;
        this.file = file;
    }

    /// <summary>Reads the layout of a templates folder; root makes the file's name in an error relative.</summary>
    public static HtmlLayout Read(string templatesDirectory, string root)
    {
        var path = Path.Combine(templatesDirectory, FileName);
        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
            throw new SourceException(Paths.Relative(root, path), "AL0040", string.Join("; ", template.Messages));
        return new HtmlLayout(template, Paths.Relative(root, path));
    }

    /// <summary>Writes the layout over the model to output; chapters given as <see cref="PageSection"/> are written one at a time.</summary>
    public void Render(TextWriter output, ScriptObject model)
    {
        // The layout is ours and runs over the whole document. Scriban's guards for untrusted templates,
        // 1,000 loop iterations and 1,048,576 characters of output, stopped documents of more than 1,000
        // headings and cut the page of any document past about 1 MB (some 100 pages) with "...".
        var context = new LayoutContext { StrictVariables = true, MemberRenamer = m => m.Name, LoopLimit = 0, LimitToString = 0 };
        context.PushGlobal(model);
        context.PushOutput(new TextWriterOutput(output));
        try
        {
            template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new SourceException(file + $"({e.Span.Start.Line + 1},{e.Span.Start.Column + 1})", "AL0041", e.OriginalMessage, e);
        }
        output.Flush();
    }

    /// <summary>Writes a page section's chapters to the output as they come, rather than first as one string.</summary>
    private sealed class LayoutContext : TemplateContext
    {
        public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
        {
            if (textAsObject is not PageSection section) return base.Write(span, textAsObject);
            section.WriteTo(text => base.Write(span, text));
            return this;
        }

        // A layout that does more than print a section (a filter, a test) gets it as the string it stands for.
        public override string? ObjectToString(object? value, bool nested = false) =>
            base.ObjectToString(value is PageSection section ? section.ToString() : value, nested);
    }
}

/// <summary>Chapters of a document printed together by the layout ({{ body }}): each chapter's section, in order.</summary>
public sealed class PageSection(IReadOnlyList<int> chapters, Func<int, string> section)
{
    public void WriteTo(Action<string> write)
    {
        foreach (var chapter in chapters) write(section(chapter));
    }

    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        WriteTo(s => text.Append(s));
        return text.ToString();
    }
}
