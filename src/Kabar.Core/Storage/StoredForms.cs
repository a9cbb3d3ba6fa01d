using Kabar.Model;
using Kabar.Stories;

namespace Kabar.Storage;

/// <summary>
/// An article's stage outputs as a store keeps them (<see cref="StageJson"/>: the article and features
/// as JSON, the annotation as Brotli-compressed JSON, the lead line). Made in the parallel stages, before
/// the write transaction, so that the serial commit only writes bytes (issue 16: the serialisation and the
/// annotation's compression held the write lock).
/// </summary>
public sealed record StoredForms(string Lead, string ArticleJson, byte[] Annotation, string FeaturesJson)
{
    public static StoredForms Of(AnnotatedArticle article, ArticleFeatures features) =>
        new(article.LeadLine(), StageJson.Article(article.Article), StageJson.Annotation(article), StageJson.Features(features));
}
