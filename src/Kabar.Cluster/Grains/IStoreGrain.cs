namespace Kabar.Cluster.Grains;

/// <summary>
/// The cluster's one writer to the store: it owns the story engine (rebuilt from the store when it
/// activates, on any silo) and commits chunks one at a time, so each article's event is decided
/// by one owner in one order. Its state is the store itself: if its silo dies it activates
/// elsewhere, replays the stored features, and goes on; a chunk that was not committed is sent
/// again by the client and pages stored already count as duplicates, never twice.
/// </summary>
[Alias("kabar.store")]
public interface IStoreGrain : IGrainWithStringKey
{
    /// <summary>Which of these content hashes are stored already (the client skips them before any work).</summary>
    [Alias("known")]
    Task<IReadOnlyList<string>> Known(IReadOnlyList<string> hashes);

    /// <summary>Commits a processed chunk in one transaction (pages, articles, events, stories).</summary>
    [Alias("commit")]
    Task<ChunkReceipt> Commit(IReadOnlyList<PageInput> pages, IReadOnlyList<PageOutput> outputs);

    /// <summary>Of the stories a run touched, those created since article <paramref name="after"/> and those changed.</summary>
    [Alias("classify")]
    Task<StoryChangeIds> Classify(IReadOnlyList<string> touched, long after);

    /// <summary>The last article stored: a run's new articles come after it.</summary>
    [Alias("last-article")]
    Task<long> LastArticleId();
}
