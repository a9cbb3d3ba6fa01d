namespace Kabar.Stories;

/// <summary>
/// The order in which the story engine takes the articles of one chunk: news arrives in publish
/// order, so a chunk is placed by publish day, then by content (ties, and articles without a day,
/// last), never by how the files were listed. Every path that clusters (ingest, brief, the
/// cluster's store grain, evaluation) takes a chunk through here; articles are stored in this
/// order too, so replaying them by id rebuilds the same engine.
/// </summary>
public static class ArrivalOrder
{
    public static IEnumerable<T> OfChunk<T>(IEnumerable<T> items, Func<T, ArticleFeatures?> features) => items
        .OrderBy(i => features(i)?.Published ?? DateOnly.MaxValue)
        .ThenBy(i => features(i)?.Key ?? "", StringComparer.Ordinal)
        .ThenBy(i => features(i)?.Source ?? "", StringComparer.Ordinal);

    public static IEnumerable<ArticleFeatures> OfChunk(IEnumerable<ArticleFeatures> features) => OfChunk(features, f => f);
}
