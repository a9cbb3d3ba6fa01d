namespace Kabar.Annotation;

/// <summary>
/// The editable list of annotators. <see cref="Build"/> refuses a list in which an annotator
/// comes before the layers it requires, with a message naming both.
/// </summary>
public sealed class AnnotationPipelineBuilder
{
    public List<IAnnotator> Annotators { get; } = [];

    public AnnotationPipelineBuilder Add(IAnnotator annotator)
    {
        Annotators.Add(annotator);
        return this;
    }

    public AnnotationPipelineBuilder Replace(string name, IAnnotator annotator)
    {
        var index = Annotators.FindIndex(a => a.Name == name);
        if (index < 0) throw new InvalidOperationException($"no annotator named '{name}' to replace");
        Annotators[index] = annotator;
        return this;
    }

    public AnnotationPipeline Build()
    {
        var available = AnnotationLayers.None;
        foreach (var annotator in Annotators)
        {
            var missing = annotator.Requires & ~available;
            if (missing != AnnotationLayers.None)
                throw new InvalidOperationException(
                    $"annotator '{annotator.Name}' requires {missing}, which no earlier annotator produces");
            available |= annotator.Produces;
        }
        return new AnnotationPipeline(Annotators.ToList());
    }
}
