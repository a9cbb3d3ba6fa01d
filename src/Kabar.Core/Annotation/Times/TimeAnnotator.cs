namespace Kabar.Annotation.Times;

/// <summary>Finds time expressions and resolves them against the reference date. (Placeholder.)</summary>
public sealed class TimeAnnotator : IAnnotator
{
    public string Name => "times";
    public AnnotationLayers Requires => AnnotationLayers.Sentences;
    public AnnotationLayers Produces => AnnotationLayers.Times;
    public void Annotate(AnnotationDocument document) { }
}
