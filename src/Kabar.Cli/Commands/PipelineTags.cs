using Kabar.Annotation;
using Kabar.Model;
using Kabar.Resources;

namespace Kabar.Cli.Commands;

/// <summary>
/// The BIO tags `kabar annotate` gives a tokenised sentence: its words joined by spaces become one
/// document's body, the default pipeline annotates it, and each entity mention tags the words it covers.
/// </summary>
internal static class PipelineTags
{
    private static readonly IReadOnlyDictionary<string, string> NerpTypes = KabarResources.Table("Entities/nerp-types.tsv");

    /// <summary>Gold tags in NERP's types (PPL, PLC, IND) as the pipeline's (PER, LOC, ORG); types it does not produce become O.</summary>
    public static string[] AsKabarTypes(string[] tags) => tags.Select(t =>
        t == "O" || !NerpTypes.Values.Contains(t[2..]) && !NerpTypes.ContainsKey(t[2..]) ? "O"
        : NerpTypes.TryGetValue(t[2..], out var type) ? t[..2] + type : t).ToArray();

    public static string[] Of(string[] words) => Of(words, DefaultAnnotation.Pipeline);

    /// <summary>The default pipeline with only these entity steps after the tagger.</summary>
    public static AnnotationPipeline With(Annotation.Entities.EntitySteps steps) =>
        DefaultAnnotation.CreateBuilder().Replace("entities", new Annotation.Entities.EntityAnnotator(steps)).Build();

    public static string[] Of(string[] words, AnnotationPipeline pipeline)
    {
        var starts = new int[words.Length];
        var at = 0;
        for (var i = 0; i < words.Length; i++) { starts[i] = at; at += words[i].Length + 1; }
        var body = string.Join(' ', words);
        var article = new Article { Source = "sentence", Title = "", Language = "id", Body = body };
        var entities = pipeline.Annotate(article, new DateOnly(2020, 1, 1)).Entities;
        var tags = Enumerable.Repeat("O", words.Length).ToArray();
        foreach (var e in entities)
        {
            var first = true;
            for (var i = 0; i < words.Length; i++)
            {
                var end = starts[i] + words[i].Length;
                if (starts[i] < e.Span.Start || end > e.Span.End) continue;
                tags[i] = (first ? "B-" : "I-") + e.Type;
                first = false;
            }
        }
        return tags;
    }
}
