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
/// 1. read the pages and skip those whose content (SHA-256 of the raw bytes) is already stored;
/// 2. extract, annotate and make cluster features (outside any lock: the slow part), for the
///    next chunk while the one before commits;
/// 3. commit it (<see cref="ChunkCommitter"/>): in one write transaction, store each page with
///    its article or its failure and add it to its outlet's template counts, cluster the articles,
///    write the events and stories that changed.
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
        try
        {
            TemplateLines template;
            using (report.Time("count-templates")) template = RunTemplates.Decide(store, read());
            ChunkCommitter committer;
            using (report.Time("replay")) committer = new ChunkCommitter(store, Clustering);
            report.Replayed = committer.Replayed;
            var eventsBefore = store.Counts().Events;
            var touched = new HashSet<string>(StringComparer.Ordinal);
            Task<List<ChunkCommitter.Page>>? staged = null;
            try
            {
                // The stages of the next chunk run while this thread commits the one before: the
                // commit (store transaction and clustering) is serial, so the stages keep the other
                // cores busy meanwhile. Chunks still commit one at a time in input order, so the
                // stories are those of a run that does one thing at a time.
                foreach (var (fresh, _) in FreshChunks(read(), ChunkSize, store.ContainsContent, report, tick))
                {
                    var previous = staged;
                    staged = Task.Run(() => { using (report.Time("extract-annotate")) return Staged(fresh, template); });
                    if (previous is not null) Commit(previous.GetAwaiter().GetResult());
                }
                if (staged is not null)
                {
                    var last = staged;
                    staged = null;
                    Commit(last.GetAwaiter().GetResult());
                }
            }
            finally
            {
                // A commit failed: let the chunk in flight finish, so no work outlives the run.
                try { staged?.Wait(); } catch (Exception) { }
                report.Add(committer.Classify(touched));
                report.Engine = committer.EngineSize;
                report.Thaws = committer.Thaws;
                try { report.AddEvents(store.Counts().Events - eventsBefore); } catch (StoreException) { }
            }

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

    /// <summary>Extraction, annotation and features of one chunk: the pages ready to commit.</summary>
    private static List<ChunkCommitter.Page> Staged(List<(RawDocument Document, string Hash)> fresh, TemplateLines template)
    {
        var results = ChunkStages.FromRaw(fresh.Select(f => f.Document).ToList(), template);
        return fresh.Select((f, i) => new ChunkCommitter.Page(f.Document, f.Hash, results[i])).ToList();
    }

    /// <summary>
    /// The input in chunks of pages not seen before: unreadable inputs become failures, and pages
    /// whose content is stored already (<paramref name="isStored"/>) or came earlier in this run
    /// count as duplicates. Each chunk comes with its number, in input order.
    /// </summary>
    public static IEnumerable<(List<(RawDocument Document, string Hash)> Fresh, int Number)> FreshChunks(
        IEnumerable<ReadOutcome> pages, int chunkSize, Func<string, bool> isStored, IngestReport report, Action tick)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var chunk in pages.Chunk(chunkSize))
        {
            var fresh = new List<(RawDocument Document, string Hash)>();
            foreach (var page in chunk)
            {
                switch (page)
                {
                    case ReadOutcome.Failed f:
                        report.Failures.Add(new IngestFailure(f.Source, f.Reason, Stored: false));
                        tick();
                        break;
                    case ReadOutcome.Read r:
                        var hash = ContentHash.Of(r.Document.Content.Span);
                        if (!seen.Add(hash) || isStored(hash)) { report.Duplicates++; tick(); }
                        else fresh.Add((r.Document, hash));
                        break;
                }
            }
            if (fresh.Count > 0) yield return (fresh, number++);
        }
    }
}
