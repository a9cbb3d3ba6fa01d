using Kabar.Model;

namespace Kabar.Annotation;

/// <summary>
/// A built, immutable, thread-safe sequence of annotators (Markdig's <c>MarkdownPipeline</c>): the
/// per-article annotators, then the batch steps. Make one with <see cref="AnnotationPipelineBuilder"/>
/// and reuse it. An article is annotated alone (<see cref="Annotate(Article, DateOnly?)"/>: what
/// ingestion stores, the same whatever else is in its chunk); the batch steps run where articles
/// are read together (<see cref="AnnotateBatch"/>: a story's brief, <c>kabar annotate</c>).
/// </summary>
public sealed class AnnotationPipeline
{
    private readonly IReadOnlyList<IAnnotator> _annotators;
    private readonly IReadOnlyList<IBatchAnnotator> _batchAnnotators;

    internal AnnotationPipeline(IReadOnlyList<IAnnotator> annotators, IReadOnlyList<IBatchAnnotator> batchAnnotators)
    {
        _annotators = annotators;
        _batchAnnotators = batchAnnotators;
    }

    /// <summary>The annotators' names in the order they run, batch steps last.</summary>
    public IReadOnlyList<string> Names => _annotators.Select(a => a.Name).Concat(_batchAnnotators.Select(a => a.Name)).ToList();

    /// <summary>Annotates one article. <paramref name="referenceDate"/> is used when the article has no publish date.</summary>
    public AnnotatedArticle Annotate(Article article, DateOnly? referenceDate = null)
    {
        var document = new AnnotationDocument(article, article.FirstAppeared?.Date ?? referenceDate);
        if (document.ReferenceDate is null)
            document.Warnings.Add("no publish date: relative time expressions are left unresolved");
        foreach (var annotator in _annotators)
            annotator.Annotate(document);
        return document.Freeze();
    }

    /// <summary>Runs the batch steps on articles annotated one by one and now read together.</summary>
    public IReadOnlyList<AnnotatedArticle> AnnotateBatch(IReadOnlyList<AnnotatedArticle> articles)
    {
        foreach (var annotator in _batchAnnotators)
            articles = annotator.Annotate(articles);
        return articles;
    }

    /// <summary>Annotates each article on its own (in parallel), then runs the batch steps on them together.</summary>
    public IReadOnlyList<AnnotatedArticle> Annotate(
        IReadOnlyList<Article> articles, DateOnly? referenceDate = null, int maxDegreeOfParallelism = -1, Action? onArticleDone = null)
    {
        var results = new AnnotatedArticle[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
        {
            results[i] = Annotate(articles[i], referenceDate);
            onArticleDone?.Invoke();
        });
        return AnnotateBatch(results);
    }
}
