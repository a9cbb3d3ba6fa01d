using Kabar.Annotation;

namespace Kabar.Language;

/// <summary>Splits the body into sentences. (Placeholder.)</summary>
public sealed class SentenceAnnotator : IAnnotator
{
    public string Name => "sentences";
    public AnnotationLayers Requires => AnnotationLayers.Tokens;
    public AnnotationLayers Produces => AnnotationLayers.Sentences;
    public void Annotate(AnnotationDocument document) { }
}
