using Kabar.Model;

namespace Kabar.Annotation.Entities;

/// <summary>Gives one canonical name to mentions of the same entity across the articles of a batch. (Placeholder.)</summary>
public static class BatchEntityLinker
{
    public static IReadOnlyList<AnnotatedArticle> Link(IReadOnlyList<AnnotatedArticle> articles) => articles;
}
