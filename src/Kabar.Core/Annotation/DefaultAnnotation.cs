using Kabar.Annotation.Entities;
using Kabar.Annotation.Quotes;
using Kabar.Annotation.Times;
using Kabar.Language;

namespace Kabar.Annotation;

/// <summary>
/// The pipeline Kabar runs by default, in order: tokens, sentences, entities, times, quotes for each
/// article; then, over articles read together, entity linking (one canonical name per entity).
/// </summary>
public static class DefaultAnnotation
{
    public static AnnotationPipelineBuilder CreateBuilder() => new AnnotationPipelineBuilder()
        .Add(new TokenAnnotator())
        .Add(new SentenceAnnotator())
        .Add(new EntityAnnotator())
        .Add(new TimeAnnotator())
        .Add(new QuoteAnnotator())
        .Add(new BatchEntityLinker());

    private static readonly Lazy<AnnotationPipeline> Shared = new(() => CreateBuilder().Build());

    /// <summary>The default pipeline, built once and shared (it is immutable and thread-safe).</summary>
    public static AnnotationPipeline Pipeline => Shared.Value;
}
