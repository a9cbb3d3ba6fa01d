namespace Kabar.Annotation;

/// <summary>
/// One pipeline component: it reads the layers it <see cref="Requires"/> and adds the ones it
/// <see cref="Produces"/>. Annotators are stateless after construction and safe to share across threads.
/// </summary>
public interface IAnnotator
{
    /// <summary>The name it is registered under ('sentences', 'entities', 'quotes' ...).</summary>
    string Name { get; }
    AnnotationLayers Requires { get; }
    AnnotationLayers Produces { get; }
    void Annotate(AnnotationDocument document);
}
