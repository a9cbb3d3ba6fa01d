namespace Kabar.Annotation;

/// <summary>The layers an annotator (per article or per batch) can require and produce; the pipeline checks their order when built.</summary>
[Flags]
public enum AnnotationLayers
{
    None = 0,
    Tokens = 1,
    Sentences = 2,
    Entities = 4,
    Times = 8,
    Quotes = 16,
    /// <summary>Entities whose canonical names agree across the articles of a batch (a batch step's layer).</summary>
    LinkedEntities = 32,
}
