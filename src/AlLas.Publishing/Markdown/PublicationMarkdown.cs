using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;

namespace AlLas.Publishing.Markdown;

/// <summary>
/// The Markdown dialect of the publication: CommonMark plus tables, footnotes, attributes, figures,
/// captions, cross-references, citations and pending-work notes. One pipeline per language, built once.
/// </summary>
public static class PublicationMarkdown
{
    private static readonly Dictionary<string, MarkdownPipeline> Pipelines = new(StringComparer.OrdinalIgnoreCase);

    public static MarkdownPipeline Pipeline(string language)
    {
        var key = language.Split('-')[0];
        lock (Pipelines)
        {
            if (!Pipelines.TryGetValue(key, out var pipeline))
                Pipelines[key] = pipeline = Build(key);
            return pipeline;
        }
    }

    public static MarkdownDocument Parse(string text, string language)
    {
        LabelCollation.SetUp();
        var document = Markdig.Markdown.Parse(text, Pipeline(language));
        CaptionedBlocks.Process(document);
        return document;
    }

    /// <summary>What straight quotes and dashes become in the document's language.</summary>
    public static SmartyPantOptions Typography(string language)
    {
        var smarty = new SmartyPantOptions();
        if (language.StartsWith("es", StringComparison.OrdinalIgnoreCase))
        {
            // Spanish typography: «comillas latinas» first, “inglesas” inside them.
            smarty.Mapping[SmartyPantType.LeftDoubleQuote] = "«";
            smarty.Mapping[SmartyPantType.RightDoubleQuote] = "»";
            smarty.Mapping[SmartyPantType.LeftQuote] = "“";
            smarty.Mapping[SmartyPantType.RightQuote] = "”";
            smarty.Mapping[SmartyPantType.LeftAngleQuote] = "«";
            smarty.Mapping[SmartyPantType.RightAngleQuote] = "»";
        }
        return smarty;
    }

    /// <summary>The character a smart quote or dash stands for.</summary>
    public static string Text(SmartyPant pant, string language = "es")
    {
        // Called for every quote and dash of every title, TOC entry, word count and Word run: the mapping is
        // built once per language, and read without a lock.
        var typography = TypographyByLanguage.GetOrAdd(language, Typography);
        return typography.Mapping.TryGetValue(pant.Type, out var text) ? text : pant.ToString() ?? "";
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SmartyPantOptions> TypographyByLanguage = new(StringComparer.OrdinalIgnoreCase);

    private static MarkdownPipeline Build(string language)
    {
        var smarty = Typography(language);
        return new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseCustomContainers()
            .UseSmartyPants(smarty)
            .Use<PublicationExtension>()
            .UseGenericAttributes()
            .Build();
    }

    private sealed class PublicationExtension : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new PendingInlineParser());
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
            pipeline.InlineParsers.Add(new CrossReferenceInlineParser());
            pipeline.InlineParsers.Insert(0, new CriticMarkupInlineParser());
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
        }
    }
}
