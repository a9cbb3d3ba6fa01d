using Kabar.Cluster.Grains;
using Kabar.Ingestion;
using Kabar.Readers;

namespace Kabar.Cluster;

/// <summary>
/// `kabar ingest --cluster`: the client reads the pages and cuts them into the same chunks one
/// process would; each chunk is extracted and annotated by a chunk grain wherever the cluster has
/// room (several chunks at once), and the store grain commits the chunks in input order, so the
/// stories are those one process would make of the same input.
/// Faults: a call that fails (its silo died, a timeout) is made again, on a fresh activation; a
/// commit the store refused (PostgreSQL restarting) is tried again until <see cref="StoreWait"/>;
/// pages a lost reply had in fact committed come back as duplicates, never twice.
/// </summary>
public sealed class ClusterIngest(IClusterClient client, Action<string>? say = null)
{
    /// <summary>Pages per chunk; the same as one process, so a chunk is annotated together in both.</summary>
    public int ChunkSize { get; init; } = 128;

    /// <summary>Chunks being extracted while earlier ones are committed (a few per silo keeps every silo busy).</summary>
    public int InFlight { get; init; } = 6;

    /// <summary>How long a chunk waits for the store to come back before the run stops.</summary>
    public TimeSpan StoreWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a chunk is sent again after its silo failed.</summary>
    public int Attempts { get; init; } = 6;

    /// <summary>
    /// The template lines every chunk is extracted with, decided before the run from the store's
    /// counts and the run's (<see cref="RunTemplates.Decide"/>), as one process does.
    /// </summary>
    public Extraction.TextDump.TemplateLines Template { get; init; } = Extraction.TextDump.TemplateLines.None;

    private IStoreGrain Store => client.GetGrain<IStoreGrain>("main");

    public async Task<IngestReport> RunAsync(IEnumerable<ReadOutcome> pages, Action? onPageDone = null, CancellationToken cancel = default)
    {
        var report = new IngestReport();
        var tick = onPageDone ?? (() => { });
        var touched = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var after = await Retry("find the last stored article", () => Store.LastArticleId(), cancel);
            var template = Template.ToJson();
            var inFlight = new Queue<(List<PageInput> Pages, Task<IReadOnlyList<PageOutput>> Outputs)>();
            foreach (var (fresh, number) in IngestPipeline.FreshChunks(pages, ChunkSize, _ => false, report, tick))
            {
                var inputs = fresh.Select(f => PageInput.From(f.Document, f.Hash)).ToList();
                var known = (await Retry("look up stored pages", () => Store.Known(inputs.Select(p => p.Hash).ToList()), cancel)).ToHashSet(StringComparer.Ordinal);
                if (known.Count > 0)
                {
                    report.Duplicates += known.Count;
                    for (var i = 0; i < known.Count; i++) tick();
                    inputs = inputs.Where(p => !known.Contains(p.Hash)).ToList();
                }
                if (inputs.Count == 0) continue;
                var chunk = inputs;
                inFlight.Enqueue((chunk, Retry($"process chunk {number + 1}", () => client.GetGrain<IChunkGrain>(Guid.NewGuid()).Process(chunk, template), cancel)));
                while (inFlight.Count >= InFlight) await CommitNext(inFlight, report, touched, tick, cancel);
            }
            while (inFlight.Count > 0) await CommitNext(inFlight, report, touched, tick, cancel);
            var changes = await Retry("classify the stories", () => Store.Classify(touched.ToList(), after), cancel);
            report.StoriesCreated.UnionWith(changes.Created);
            report.StoriesChanged.UnionWith(changes.Changed);
        }
        catch (ClusterIngestStopped e)
        {
            report.StoppedBecause = e.Message;
        }
        return report;
    }

    private async Task CommitNext(Queue<(List<PageInput> Pages, Task<IReadOnlyList<PageOutput>> Outputs)> inFlight,
        IngestReport report, HashSet<string> touched, Action tick, CancellationToken cancel)
    {
        var (pages, outputsTask) = inFlight.Dequeue();
        var outputs = await outputsTask;
        var waitedSince = DateTimeOffset.UtcNow;
        var delay = TimeSpan.FromMilliseconds(500);
        while (true)
        {
            ChunkReceipt receipt;
            try
            {
                receipt = await Store.Commit(pages, outputs);
            }
            catch (Exception e) when (e is not (OperationCanceledException or ArgumentException))
            {
                // The store grain's silo died, or the call timed out: the grain activates again elsewhere.
                receipt = new ChunkReceipt(0, 0, [], [], e.Message);
            }
            if (receipt.Error is null)
            {
                report.NewArticles += receipt.NewArticles;
                report.Duplicates += receipt.Duplicates;
                report.Failures.AddRange(receipt.Failures.Select(f => new IngestFailure(f.Source, f.Reason, Stored: true)));
                touched.UnionWith(receipt.TouchedStories);
                for (var i = 0; i < pages.Count; i++) tick();
                return;
            }
            if (DateTimeOffset.UtcNow - waitedSince > StoreWait)
                throw new ClusterIngestStopped($"the store could not be written for {StoreWait.TotalMinutes:0} minutes: {receipt.Error}");
            say?.Invoke($"store not written ({receipt.Error}); trying again in {delay.TotalSeconds:0.#} s");
            await Task.Delay(delay, cancel);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
        }
    }

    /// <summary>Makes a grain call again when it fails for a reason other than its input (a silo that died, a timeout).</summary>
    private async Task<T> Retry<T>(string what, Func<Task<T>> call, CancellationToken cancel)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (e is not (OperationCanceledException or ArgumentException) && attempt < Attempts)
            {
                say?.Invoke($"could not {what} (attempt {attempt} of {Attempts}): {e.Message}; trying again in {delay.TotalSeconds:0} s");
                await Task.Delay(delay, cancel);
                delay *= 2;
            }
            catch (Exception e) when (e is not (OperationCanceledException or ArgumentException))
            {
                throw new ClusterIngestStopped($"could not {what} after {Attempts} attempts: {e.Message}");
            }
        }
    }

    private sealed class ClusterIngestStopped(string message) : Exception(message);
}
