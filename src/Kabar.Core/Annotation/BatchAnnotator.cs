using Kabar.Annotation.Entities;
using Kabar.Model;

namespace Kabar.Annotation;

/// <summary>
/// Annotates a batch of articles: each one on its own (in parallel), then the batch together, so
/// that spelling variants across articles (Sergei/Sergey Lavrov) become one canonical entity.
/// </summary>
public static class BatchAnnotator
{
    public static IReadOnlyList<AnnotatedArticle> Annotate(
        IReadOnlyList<Article> articles, AnnotationPipeline? pipeline = null, DateOnly? referenceDate = null,
        int maxDegreeOfParallelism = -1, Action? onArticleDone = null)
    {
        pipeline ??= DefaultAnnotation.Pipeline;
        var results = new AnnotatedArticle[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
        {
            results[i] = pipeline.Annotate(articles[i], referenceDate);
            onArticleDone?.Invoke();
        });
        return BatchEntityLinker.Link(results);
    }
}
