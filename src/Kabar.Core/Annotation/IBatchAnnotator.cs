using Kabar.Model;

namespace Kabar.Annotation;

/// <summary>
/// A pipeline step over many articles read together (the members of a story, the pages given to
/// <c>kabar annotate</c>): what one article alone cannot know, such as that two outlets' spellings
/// are one person. It runs after every <see cref="IAnnotator"/>, on the frozen articles, and returns
/// them with its layer added; it <see cref="Requires"/> layers as per-article annotators do, and the
/// pipeline checks them when built. Batch annotators are stateless and safe to share across threads.
/// </summary>
public interface IBatchAnnotator
{
    /// <summary>The name it is registered under ('entity-linking').</summary>
    string Name { get; }
    AnnotationLayers Requires { get; }
    AnnotationLayers Produces { get; }
    /// <summary>The same articles, in the same order, with this step's layer; the input is not changed.</summary>
    IReadOnlyList<AnnotatedArticle> Annotate(IReadOnlyList<AnnotatedArticle> articles);
}
