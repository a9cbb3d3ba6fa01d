namespace Kabar.Annotation.Entities;

/// <summary>Finds people, organisations and places. (Placeholder until the tagger lands.)</summary>
public sealed class EntityAnnotator : IAnnotator
{
    public string Name => "entities";
    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences;
    public AnnotationLayers Produces => AnnotationLayers.Entities;
    public void Annotate(AnnotationDocument document) { }
}
