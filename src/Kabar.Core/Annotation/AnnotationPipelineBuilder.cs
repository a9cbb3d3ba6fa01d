namespace Kabar.Annotation;

/// <summary>
/// The editable lists of annotators: the per-article ones, then the batch steps that run on the
/// articles read together. <see cref="Build"/> refuses a list in which an annotator comes before the
/// layers it requires, with a message naming both; batch steps see every per-article layer.
/// </summary>
public sealed class AnnotationPipelineBuilder
{
    public List<IAnnotator> Annotators { get; } = [];
    public List<IBatchAnnotator> BatchAnnotators { get; } = [];

    public AnnotationPipelineBuilder Add(IAnnotator annotator)
    {
        Annotators.Add(annotator);
        return this;
    }

    public AnnotationPipelineBuilder Add(IBatchAnnotator annotator)
    {
        BatchAnnotators.Add(annotator);
        return this;
    }

    public AnnotationPipelineBuilder Replace(string name, IAnnotator annotator)
    {
        var index = Annotators.FindIndex(a => a.Name == name);
        if (index < 0) throw new InvalidOperationException($"no annotator named '{name}' to replace");
        Annotators[index] = annotator;
        return this;
    }

    public AnnotationPipelineBuilder Replace(string name, IBatchAnnotator annotator)
    {
        var index = BatchAnnotators.FindIndex(a => a.Name == name);
        if (index < 0) throw new InvalidOperationException($"no batch annotator named '{name}' to replace");
        BatchAnnotators[index] = annotator;
        return this;
    }

    public AnnotationPipeline Build()
    {
        var available = AnnotationLayers.None;
        foreach (var (name, requires, produces) in Annotators.Select(a => (a.Name, a.Requires, a.Produces))
                     .Concat(BatchAnnotators.Select(a => (a.Name, a.Requires, a.Produces))))
        {
            var missing = requires & ~available;
            if (missing != AnnotationLayers.None)
                throw new InvalidOperationException(
                    $"annotator '{name}' requires {missing}, which no earlier annotator produces");
            available |= produces;
        }
        return new AnnotationPipeline(Annotators.ToList(), BatchAnnotators.ToList());
    }
}
