namespace Kabar.Stories;

/// <summary>
/// The order in which the story engine takes articles, said once. Pages that come as a stream
/// (`ingest`, `brief`, `watch`, the cluster's store grain, `eval clusters`) are placed in the
/// order they arrive: the input's own order (PathReader walks folders in a stable sorted order),
/// never re-sorted inside a chunk, so the stories do not depend on how the stream was cut into
/// chunks. Articles are stored in that order, so replaying them by id rebuilds the same engine.
/// A set handed over with no order of its own (<see cref="StoryEngine.AddRange"/>) is put in
/// publish order, content breaking ties, so it gives the same result however it was listed.
/// </summary>
public static class ArrivalOrder
{
    /// <summary>A chunk of a stream, as it came.</summary>
    public static IEnumerable<T> OfChunk<T>(IEnumerable<T> items) => items;

    /// <summary>A set with no order: publish day, then content key, then source; undated last.</summary>
    public static IEnumerable<ArticleFeatures> OfUnorderedSet(IEnumerable<ArticleFeatures> features) => features
        .OrderBy(f => f.Published ?? DateOnly.MaxValue)
        .ThenBy(f => f.Key, StringComparer.Ordinal)
        .ThenBy(f => f.Source, StringComparer.Ordinal);
}
