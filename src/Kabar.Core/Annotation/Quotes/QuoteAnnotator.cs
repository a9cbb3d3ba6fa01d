namespace Kabar.Annotation.Quotes;

/// <summary>Finds direct and reported speech and who said it. (Placeholder.)</summary>
public sealed class QuoteAnnotator : IAnnotator
{
    public string Name => "quotes";
    public AnnotationLayers Requires => AnnotationLayers.Sentences | AnnotationLayers.Entities;
    public AnnotationLayers Produces => AnnotationLayers.Quotes;
    public void Annotate(AnnotationDocument document) { }
}
