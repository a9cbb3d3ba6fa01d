using Kabar.Extraction;
using Kabar.Extraction.TextDump;
using Kabar.Model;
using Kabar.Readers;
using Kabar.Storage;
using Kabar.Stories;

namespace Kabar.Ingestion;

/// <summary>
/// Ingestion, in chunks so memory stays bounded however many pages come in:
/// 0. decide the template lines (<see cref="TemplateCounts"/>): the store's counts plus a counting
///    pass over every page the run will store (<see cref="RunTemplates"/>; paths are read twice, a
///    feed poll is held in memory), so every chunk is extracted with the same lines whatever the
///    chunk size;
/// then three stages, each on its own thread and one chunk at a time, joined by bounded queues of
/// two chunks (<see cref="ChunkFlow"/>), so both cores stay busy and memory stays bounded:
/// 1. read the pages and skip those whose content (SHA-256 of the raw bytes) is already stored
///    (<see cref="ReadChunks"/>);
/// 2. extract, annotate and make cluster features (outside any lock, on all cores: the slow part);
/// 3. commit each chunk in input order on the caller's thread (<see cref="ChunkCommitter"/>): in one
///    write transaction, store each page with its article or its failure and add it to its
///    outlet's template counts, cluster the articles, write the events and stories that changed.
///    One commit order, so the stories are those of a run that does one thing at a time.
/// The report says how long each stage worked, and how long it waited for its neighbours.
/// A run killed at any moment keeps every chunk it committed; the next run skips those pages
/// by their hash and completes the batch.
/// </summary>
public sealed class IngestPipeline(IKabarStore store)
{
    /// <summary>Pages per chunk: one transaction each, and the set annotated together.</summary>
    public int ChunkSize { get; init; } = DefaultChunkSize;

    /// <summary>The chunk size of every command (`ingest`, `brief`, `watch`, the web, `eval`): what a page becomes does not depend on it.</summary>
    public const int DefaultChunkSize = 128;

    /// <summary>How the story engine scores and joins (the defaults, unless an evaluation tries others).</summary>
    public ClusteringSettings? Clustering { get; init; }

    /// <summary>Ingests files and folders: they are read twice, once to count the run's template lines, once to ingest.</summary>
    public IngestReport Run(IEnumerable<string> paths, Action? onPageDone = null, ReaderOptions? reading = null)
    {
        var list = paths.ToList();
        return Run(() => PathReader.Read(list, reading), onPageDone);
    }

    /// <summary>Ingests pages held in memory (a feed poll): counted first, as paths are.</summary>
    public IngestReport Run(IReadOnlyList<RawDocument> documents, Action? onPageDone = null)
    {
        var pages = documents.Select(d => (ReadOutcome)new ReadOutcome.Read(d)).ToList();
        return Run(() => pages, onPageDone);
    }

    /// <param name="read">The run's pages, read afresh each call: once to count template lines, once to ingest.</param>
    private IngestReport Run(Func<IEnumerable<ReadOutcome>> read, Action? onPageDone)
    {
        var report = new IngestReport();
        var tick = onPageDone ?? (() => { });
        var gcPausedBefore = GC.GetTotalPauseDuration();
        try
        {
            TemplateLines template;
            using (report.Time("count-templates")) template = RunTemplates.Decide(store, read());
            ChunkCommitter committer;
            using (report.Time("replay")) committer = new ChunkCommitter(store, Clustering);
            report.Replayed = committer.Replayed;
            var eventsBefore = store.Counts().Events;
            var touched = new HashSet<string>(StringComparer.Ordinal);
            // The committer holds the store while it commits; reading asks the store on the same
            // connection whether a page is stored, so it takes the gate too (between commits).
            var storeGate = new object();
            var flow = new ChunkFlow(read(), ChunkSize, store, storeGate, template, report);
            try
            {
                // Chunks commit one at a time in input order, so the stories are those of a run
                // that does one thing at a time; reading and the stages of later chunks run meanwhile.
                while (flow.TryTake(out var chunk))
                {
                    Counted(chunk.Read);
                    if (chunk.Pages.Count > 0) lock (storeGate) Commit(chunk.Pages);
                }
            }
            finally
            {
                // A commit failed: stop reading and staging, and let the chunk being staged finish, so no work outlives the run.
                flow.Dispose();
                (report.Queues, report.ReaderWaitedForStore) = flow.Stats();
                report.GcPaused = GC.GetTotalPauseDuration() - gcPausedBefore;
                report.Add(committer.Classify(touched));
                report.Engine = committer.EngineSize;
                report.Thaws = committer.Thaws;
                try { report.AddEvents(store.Counts().Events - eventsBefore); } catch (StoreException) { }
            }

            // What reading left out of a chunk, counted with it: in input order, on this thread.
            void Counted(ReadChunks.Chunk chunk) => CountLeftOut(chunk, report, tick);

            void Commit(List<ChunkCommitter.Page> chunk)
            {
                ChunkCommitter.Committed committed;
                using (report.Time("commit")) committed = committer.Commit(chunk);
                // Counted only once committed: what the report says is stored, is.
                report.Add(committed);
                touched.UnionWith(committed.TouchedStories);
                for (var i = 0; i < chunk.Count; i++) tick();
            }
        }
        catch (StoreException e)
        {
            report.StoppedBecause = e.Message;
        }
        return report;
    }

    /// <summary>
    /// The input in chunks of pages not seen before (<see cref="ReadChunks"/>), for a caller that
    /// reads on its own thread: what each chunk left out is counted in <paramref name="report"/> as
    /// it is read. Only chunks with fresh pages come, each with its number among them, in input order.
    /// </summary>
    public static IEnumerable<(List<(RawDocument Document, string Hash)> Fresh, int Number)> FreshChunks(
        IEnumerable<ReadOutcome> pages, int chunkSize, Func<string, bool> isStored, IngestReport report, Action tick)
    {
        var number = 0;
        foreach (var chunk in ReadChunks.Of(pages, chunkSize, isStored))
        {
            CountLeftOut(chunk, report, tick);
            if (chunk.Fresh.Count > 0) yield return (chunk.Fresh, number++);
        }
    }

    /// <summary>Counts what reading left out of a chunk (its duplicates and unreadable inputs) in the report, one tick each.</summary>
    private static void CountLeftOut(ReadChunks.Chunk chunk, IngestReport report, Action tick)
    {
        report.Failures.AddRange(chunk.Unreadable);
        report.Duplicates += chunk.Duplicates;
        for (var i = 0; i < chunk.Duplicates + chunk.Unreadable.Count; i++) tick();
    }
}
