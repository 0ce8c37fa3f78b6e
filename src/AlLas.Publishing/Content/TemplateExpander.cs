using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AlLas.Publishing.Content;

/// <summary>
/// Expands the Scriban expressions of a chapter or template over the publication data, and records
/// where every piece of the result came from (see <see cref="SourceMap"/>).
/// </summary>
public sealed class TemplateExpander(ScriptObject globals, string partialsDirectory, string repositoryRoot)
{
    /// <summary>Builds the globals a chapter sees: `publication` (publication.yml) and `document`.</summary>
    public static ScriptObject Globals(IReadOnlyDictionary<string, object?> publication, IReadOnlyDictionary<string, object?>? document = null)
    {
        var globals = new ScriptObject
        {
            ["publication"] = ToScript(publication),
        };
        if (document is not null) globals["document"] = ToScript(document);
        return globals;
    }

    public (string Text, SourceMap Map) Expand(SourceText source, int start = 0)
    {
        var map = new SourceMap(source);
        var body = source.Text[start..];
        if (!body.Contains("{{", StringComparison.Ordinal))
        {
            map.AddVerbatim(0, body.Length, start);
            return (body, map);
        }

        var template = Template.Parse(body, source.File);
        var error = template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error);
        if (error is not null)
            throw new SourceException(source.Point(start + error.Span.Start.Offset), "AL0010", $"plantilla no válida: {error.Message}");

        var statements = template.Page?.Body?.Statements.ToList() ?? [];
        var context = new TracingContext([.. statements])
        {
            // A misspelt variable is an error the writer must see; fields stay optional, as data entries differ.
            StrictVariables = true,
            TemplateLoader = new PartialLoader(partialsDirectory),
            MemberRenamer = member => member.Name,
        };
        context.PushGlobal(globals);
        string output;
        try
        {
            output = template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var at = e.Span.FileName == source.File || string.IsNullOrEmpty(e.Span.FileName)
                ? source.Point(start + e.Span.Start.Offset)
                : SourceSpan.At(Path.GetRelativePath(repositoryRoot, e.Span.FileName).Replace('\\', '/'), e.Span.Start.Line + 1, e.Span.Start.Column + 1);
            throw new SourceException(at, "AL0011", $"error al expandir la plantilla: {e.OriginalMessage}", e);
        }

        var starts = context.Starts;
        for (var i = 0; i < starts.Count; i++)
        {
            var (node, outStart) = starts[i];
            var outEnd = i + 1 < starts.Count ? starts[i + 1].OutputStart : output.Length;
            if (node is ScriptRawStatement raw && outEnd - outStart == raw.Text.Length && !raw.IsEscape)
            {
                map.AddVerbatim(outStart, outEnd - outStart, start + raw.Text.Index);
            }
            else
            {
                var (tagStart, tagEnd) = TagBounds(body, node.Span.Start.Offset, node.Span.End.Offset);
                map.AddGenerated(outStart, outEnd - outStart, start + tagStart, start + tagEnd);
            }
        }
        return (output, map);
    }

    /// <summary>Widens a statement's span to its `{{ ... }}` delimiters, which a reader can see.</summary>
    private static (int Start, int End) TagBounds(string text, int start, int end)
    {
        var open = text.LastIndexOf("{{", Math.Clamp(start, 0, text.Length - 1), StringComparison.Ordinal);
        var close = text.IndexOf("}}", Math.Clamp(end, 0, text.Length - 1), StringComparison.Ordinal);
        return (open < 0 ? start : open, close < 0 ? end : close + 1);
    }

    public static object? ToScript(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => ToScriptObject(map),
        string s => s,
        IEnumerable list => ToScriptArray(list),
        _ => value,
    };

    private static ScriptObject ToScriptObject(IReadOnlyDictionary<string, object?> map)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in map) result[key] = ToScript(value);
        return result;
    }

    private static ScriptArray ToScriptArray(IEnumerable list)
    {
        var result = new ScriptArray();
        foreach (var item in list) result.Add(ToScript(item));
        return result;
    }

    /// <summary>Remembers where in the output each top-level statement began writing.</summary>
    private sealed class TracingContext(HashSet<ScriptNode> topLevel) : TemplateContext
    {
        public List<(ScriptNode Node, int OutputStart)> Starts { get; } = [];

        public override object Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
        {
            if (scriptNode is not null && topLevel.Contains(scriptNode) && Output is StringBuilderOutput output)
                Starts.Add((scriptNode, output.Builder.Length));
            return base.Evaluate(scriptNode, aliasReturnedFunction)!;
        }
    }

    /// <summary>
    /// `{{ include 'tabla-socios' }}` reads templates/partials/tabla-socios.md.sbn. Only templates/ is
    /// reachable: a name that leads out of it (/etc/passwd, ../../, a link) is an error at the include.
    /// </summary>
    private sealed class PartialLoader(string directory) : ITemplateLoader
    {
        private readonly string templates = Path.GetDirectoryName(Path.GetFullPath(directory))!;

        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName)
        {
            var path = Path.GetFullPath(Path.Combine(directory, templateName + ".md.sbn"));
            if (!File.Exists(path)) path = Path.GetFullPath(Path.Combine(directory, templateName));
            string resolved;
            try
            {
                resolved = Faults.FileChecks.Resolved(path);
            }
            catch (SourceException e)
            {
                throw new ScriptRuntimeException(callerSpan, $"la plantilla parcial '{templateName}': {e.Message}");
            }
            if (!SourceFiles.IsInside(Faults.FileChecks.Resolved(templates), resolved))
                throw new ScriptRuntimeException(callerSpan, $"'include' solo lee plantillas de templates/; '{templateName}' queda fuera");
            return path;
        }

        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath)
        {
            var kind = Faults.FileKinds.Of(templatePath);
            if (kind == Faults.FileKind.Missing)
                throw new ScriptRuntimeException(callerSpan, $"no existe la plantilla parcial '{Path.GetFileName(templatePath)}' en templates/partials/");
            if (kind != Faults.FileKind.Regular)
                throw new ScriptRuntimeException(callerSpan, $"la plantilla parcial '{Path.GetFileName(templatePath)}' no es un archivo regular");
            try
            {
                return File.ReadAllText(templatePath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ScriptRuntimeException(callerSpan, $"no se puede leer la plantilla parcial '{Path.GetFileName(templatePath)}' ({e.Message})");
            }
        }

        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
