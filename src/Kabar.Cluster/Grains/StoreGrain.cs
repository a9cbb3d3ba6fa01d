using Kabar.Ingestion;
using Kabar.Storage;
using Microsoft.Extensions.Logging;

namespace Kabar.Cluster.Grains;

/// <summary>How a silo opens the store it serves (the CLI gives it from <c>--db</c>).</summary>
public sealed record StoreOpener(string Location, Func<IKabarStore> Open);

internal sealed class StoreGrain(StoreOpener opener, ILogger<StoreGrain> log) : Grain, IStoreGrain
{
    private IKabarStore? _store;
    private ChunkCommitter? _committer;

    public Task<IReadOnlyList<string>> Known(IReadOnlyList<string> hashes) =>
        Guarded(() => (IReadOnlyList<string>)hashes.Where(Store().ContainsContent).ToList());

    public Task<ChunkReceipt> Commit(IReadOnlyList<PageInput> pages, IReadOnlyList<PageOutput> outputs)
    {
        if (pages.Count != outputs.Count) throw new ArgumentException("one output per page is needed");
        try
        {
            var chunk = pages.Select((p, i) => new ChunkCommitter.Page(p.ToDocument(), p.Hash, outputs[i].ToResult())).ToList();
            var committed = Committer().Commit(chunk);
            return Task.FromResult(new ChunkReceipt(committed.NewArticles, committed.Duplicates,
                committed.Failures.Select(f => new FailedPage(f.Source, f.Reason)).ToList(), committed.TouchedStories.ToList(), null));
        }
        catch (StoreException e)
        {
            // Nothing of the chunk was kept, and the engine may hold its articles: start again from the store.
            log.LogWarning("store {Store} could not be written: {Reason}", opener.Location, e.Message);
            Reset();
            return Task.FromResult(new ChunkReceipt(0, 0, [], [], e.Message));
        }
    }

    public Task<StoryChangeIds> Classify(IReadOnlyList<string> touched, long after)
    {
        try
        {
            var changes = Committer().Classify(touched, after);
            return Task.FromResult(new StoryChangeIds(changes.Created.ToList(), changes.Changed.ToList(), null));
        }
        catch (StoreException e)
        {
            Reset();
            return Task.FromResult(new StoryChangeIds([], [], e.Message));
        }
    }

    public Task<long> LastArticleId() => Guarded(() => Committer().LastArticleId);

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken token)
    {
        Reset();
        return Task.CompletedTask;
    }

    private IKabarStore Store() => _store ??= opener.Open();

    /// <summary>The engine replays the store once per activation, then stays in step inside each commit.</summary>
    private ChunkCommitter Committer() => _committer ??= new ChunkCommitter(Store());

    private void Reset()
    {
        _committer = null;
        try { _store?.Dispose(); }
        catch (Exception e) when (e is StoreException or InvalidOperationException) { /* a broken connection is being thrown away */ }
        _store = null;
    }

    /// <summary>A store problem resets the grain (the next call reopens the store) and reaches the caller as its message.</summary>
    private Task<T> Guarded<T>(Func<T> read)
    {
        try { return Task.FromResult(read()); }
        catch (StoreException e)
        {
            Reset();
            throw new InvalidOperationException($"store {opener.Location}: {e.Message}");
        }
    }
}
