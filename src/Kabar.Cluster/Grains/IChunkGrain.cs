namespace Kabar.Cluster.Grains;

/// <summary>
/// Extracts, annotates and makes the cluster features of one chunk of pages, on whichever silo
/// has room. A chunk is annotated together (entity spellings are linked across it), as one
/// process does, so the chunk and not the page is the unit of work. Keyed by a fresh id per
/// chunk: each call is a new activation that the placement puts where there is capacity.
/// </summary>
[Alias("kabar.chunk")]
public interface IChunkGrain : IGrainWithGuidKey
{
    /// <param name="templateJson">The run's template lines (<see cref="Extraction.TextDump.TemplateLines.ToJson"/>), decided before its first chunk.</param>
    [Alias("process")]
    Task<IReadOnlyList<PageOutput>> Process(IReadOnlyList<PageInput> pages, string templateJson);
}
