using Kabar.Model;

namespace Kabar.Annotation;

/// <summary>
/// A built, immutable, thread-safe sequence of annotators (Markdig's <c>MarkdownPipeline</c>).
/// Make one with <see cref="AnnotationPipelineBuilder"/> and reuse it.
/// </summary>
public sealed class AnnotationPipeline
{
    private readonly IReadOnlyList<IAnnotator> _annotators;

    internal AnnotationPipeline(IReadOnlyList<IAnnotator> annotators) => _annotators = annotators;

    public IReadOnlyList<string> Names => _annotators.Select(a => a.Name).ToList();

    /// <summary>Annotates one article. <paramref name="referenceDate"/> is used when the article has no publish date.</summary>
    public AnnotatedArticle Annotate(Article article, DateOnly? referenceDate = null)
    {
        var document = new AnnotationDocument(article, article.Published?.Date ?? referenceDate);
        if (document.ReferenceDate is null)
            document.Warnings.Add("no publish date: relative time expressions are left unresolved");
        foreach (var annotator in _annotators)
            annotator.Annotate(document);
        return document.Freeze();
    }
}
