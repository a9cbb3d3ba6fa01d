using Kabar.Annotation;
using Kabar.Extraction;
using Kabar.Extraction.TextDump;
using Kabar.Model;
using Kabar.Stories;

namespace Kabar.Ingestion;

/// <summary>
/// Runs extraction, annotation and feature-making over one chunk of pages. A stage that throws on
/// one page turns into that page's failure with the reason; the rest of the chunk goes on.
/// </summary>
public static class ChunkStages
{
    /// <summary>
    /// What the stages made of one page: an article ready to store, or the reason there is none; and
    /// what the page tells template learning (null unless it was read as a text dump), which the
    /// store adds to its outlet's counts when it keeps the page.
    /// </summary>
    /// <param name="Stored">The article's stage outputs in the forms the store keeps (set whenever <paramref name="Article"/> is), made here, on all cores, so the serial commit only writes them.</param>
    public sealed record PageResult(AnnotatedArticle? Article, ArticleFeatures? Features, string? Failure, TemplateSample? Template = null, Storage.StoredForms? Stored = null);

    /// <summary>
    /// Extracts the pages with <paramref name="template"/>, decided before the run's first chunk, so
    /// what a page becomes does not depend on the chunk it landed in; then annotates them. All cores at once.
    /// </summary>
    public static IReadOnlyList<PageResult> FromRaw(IReadOnlyList<RawDocument> documents, TemplateLines template)
    {
        IReadOnlyList<ArticleExtractor.PageExtraction> extracted;
        try { extracted = ArticleExtractor.ExtractWith(documents, template); }
        catch (Exception e) { return documents.Select(d => new PageResult(null, null, $"extraction failed: {Describe(e)}")).ToList(); }
        var articles = extracted.Select(p => p.Outcome).OfType<ExtractionOutcome.Extracted>().Select(e => e.Article).ToList();
        var annotated = FromArticles(articles);
        var next = 0;
        return extracted.Select(p => p.Outcome switch
        {
            ExtractionOutcome.Extracted => annotated[next++] with { Template = p.Template },
            ExtractionOutcome.Rejected r => new PageResult(null, null, r.Reason, p.Template),
            _ => throw new InvalidOperationException("unknown extraction outcome"),
        }).ToList();
    }

    /// <summary>
    /// Annotates each article on its own, all cores at once, and makes its cluster features. What an
    /// article becomes must not depend on the chunk it landed in or on the chunk size: spellings of one
    /// entity across articles (Sergei/Sergey Lavrov) are linked where articles are read together, in
    /// the story's brief (<see cref="Briefs.BriefBuilder"/>), not here.
    /// </summary>
    public static IReadOnlyList<PageResult> FromArticles(IReadOnlyList<Article> articles)
    {
        var results = new PageResult[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            AnnotatedArticle annotated;
            try { annotated = DefaultAnnotation.Pipeline.Annotate(articles[i]); }
            catch (Exception e) { results[i] = new PageResult(null, null, $"annotation failed: {Describe(e)}"); return; }
            results[i] = WithFeatures(annotated);
        });
        return results;
    }

    private static PageResult WithFeatures(AnnotatedArticle a)
    {
        try
        {
            var features = StoryEngine.Features(a);
            return new PageResult(a, features, null, Stored: Storage.StoredForms.Of(a, features));
        }
        catch (Exception e) { return new PageResult(null, null, $"clustering features failed: {Describe(e)}"); }
    }

    private static string Describe(Exception e) => (e is AggregateException { InnerException: { } inner } ? inner : e).Message;
}
