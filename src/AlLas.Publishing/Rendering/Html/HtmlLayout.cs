using System.Text;
using AlLas.Publishing.Content;
using Scriban;
using Scriban.Runtime;

namespace AlLas.Publishing.Rendering.Html;

/// <summary>The page's Scriban layout, templates/pagina.html.sbn, parsed once.</summary>
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
        var path = TemplateFiles.Require(root, templatesDirectory, FileName);
        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
            throw new SourceException(Paths.Relative(root, path), "AL0040", string.Join("; ", template.Messages));
        return new HtmlLayout(template, Paths.Relative(root, path));
    }

    /// <summary>
    /// Runs the layout over the model. What it writes is kept as text, except the chapters it prints
    /// (values of type <see cref="PageSection"/>), which are left as slots that <see cref="LayoutOutput.WriteTo"/>
    /// fills as it writes the page: the chapters are never part of one string.
    /// </summary>
    public LayoutOutput Render(ScriptObject model)
    {
        // The layout is ours and runs over the whole document. Scriban's guards for untrusted templates,
        // 1,000 loop iterations and 1,048,576 characters of output, stopped documents of more than 1,000
        // headings and cut the page of any document past about 1 MB (some 100 pages) with "...".
        var context = new LayoutContext { StrictVariables = true, MemberRenamer = m => m.Name, LoopLimit = 0, LimitToString = 0 };
        var output = new LayoutOutput();
        context.PushGlobal(model);
        context.PushOutput(output);
        try
        {
            template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new SourceException(file + $"({e.Span.Start.Line + 1},{e.Span.Start.Column + 1})", "AL0041", e.OriginalMessage, e);
        }
        output.End(context.SectionsAsText);
        return output;
    }

    private sealed class LayoutContext : TemplateContext
    {
        /// <summary>Whether the layout did more with a page section than print it (the section is then in the text).</summary>
        public bool SectionsAsText { get; private set; }

        public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
        {
            if (textAsObject is not PageSection section) return base.Write(span, textAsObject);
            // An indented {{ body }} indents every line it prints: that is left to Scriban.
            if (Output is LayoutOutput output && string.IsNullOrEmpty(CurrentIndent))
            {
                output.Slot(section);
                return this;
            }
            SectionsAsText = true;
            return base.Write(span, section.ToString());
        }

        // A layout that does more than print a section (a filter, a test, a capture) gets it as the string it stands for.
        public override string? ObjectToString(object? value, bool nested = false)
        {
            if (value is not PageSection section) return base.ObjectToString(value, nested);
            SectionsAsText = true;
            return base.ObjectToString(section.ToString(), nested);
        }
    }
}

/// <summary>What the layout wrote: its own text, with a slot for each page section it printed.</summary>
public sealed class LayoutOutput : IScriptOutput
{
    private readonly List<object> parts = [];
    private readonly StringBuilder text = new();

    /// <summary>
    /// Whether the same layout over the same model, with other chapter sections, writes this output with
    /// those sections in its slots: not when the layout turned sections into text of its own.
    /// </summary>
    public bool Reusable { get; private set; }

    public void Write(string text, int offset, int count) => this.text.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    internal void Slot(PageSection section)
    {
        Flush();
        parts.Add(section);
    }

    internal void End(bool sectionsAsText)
    {
        Flush();
        Reusable = !sectionsAsText;
    }

    /// <summary>The page: the layout's text, and each slot filled by its chapters' sections (from section, or as the model gave them).</summary>
    public void WriteTo(TextWriter output, Func<int, string>? section = null)
    {
        foreach (var part in Parts(section)) output.Write(part);
        output.Flush();
    }

    /// <summary>The page's text in the order it is written, one part (a run of the layout's text, a chapter's section) at a time.</summary>
    public IEnumerable<string> Parts(Func<int, string>? section = null)
    {
        foreach (var part in parts)
        {
            if (part is string literal)
            {
                yield return literal;
                continue;
            }
            var slot = (PageSection)part;
            foreach (var chapter in slot.Chapters) yield return (section ?? slot.Section)(chapter);
        }
    }

    private void Flush()
    {
        if (text.Length == 0) return;
        parts.Add(text.ToString());
        text.Clear();
    }
}

/// <summary>Chapters of a document printed together by the layout ({{ body }}): each chapter's section, in order.</summary>
public sealed class PageSection(IReadOnlyList<int> chapters, Func<int, string> section)
{
    public IReadOnlyList<int> Chapters => chapters;

    public Func<int, string> Section => section;

    public override string ToString() => string.Concat(chapters.Select(section));
}
