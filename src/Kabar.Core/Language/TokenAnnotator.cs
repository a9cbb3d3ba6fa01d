using Kabar.Annotation;

namespace Kabar.Language;

/// <summary>Splits the body into word and punctuation tokens. (Placeholder.)</summary>
public sealed class TokenAnnotator : IAnnotator
{
    public string Name => "tokens";
    public AnnotationLayers Requires => AnnotationLayers.None;
    public AnnotationLayers Produces => AnnotationLayers.Tokens;
    public void Annotate(AnnotationDocument document) { }
}
