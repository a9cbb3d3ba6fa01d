using Kabar.Model;
using Kabar.Readers;
using Kabar.Storage;

namespace Kabar.Ingestion;

/// <summary>
/// Ingestion, in chunks so memory stays bounded however many pages come in:
/// 1. read the pages and skip those whose content (SHA-256 of the raw bytes) is already stored;
/// 2. extract, annotate and make cluster features (outside any lock: the slow part);
/// 3. in one write transaction: catch the story engine up with what another process stored,
///    store each page's raw bytes with its article or its failure, cluster the articles, and
///    write the events and stories that changed.
/// A run killed at any moment keeps every chunk it committed; the next run skips those pages
/// by their hash and completes the batch.
/// </summary>
public sealed class IngestPipeline(IKabarStore store)
{
    /// <summary>Pages per chunk: one transaction each, and the set annotated together.</summary>
    public int ChunkSize { get; init; } = 128;

    public IngestReport Run(IEnumerable<string> paths, Action? onPageDone = null, ReaderOptions? reading = null) =>
        Run(PathReader.Read(paths, reading), onPageDone);

    public IngestReport Run(IEnumerable<ReadOutcome> pages, Action? onPageDone = null)
    {
        var report = new IngestReport();
        var tick = onPageDone ?? (() => { });
        try
        {
            var clustering = StoredClustering.Replay(store);
            var before = clustering.LastArticleId;
            var touched = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                Chunks(pages, clustering, touched, report, tick);
            }
            finally
            {
                var changes = clustering.Classify(touched, before);
                report.StoriesCreated.UnionWith(changes.Created);
                report.StoriesChanged.UnionWith(changes.Changed);
            }
        }
        catch (StoreException e)
        {
            report.StoppedBecause = e.Message;
        }
        return report;
    }

    private void Chunks(IEnumerable<ReadOutcome> pages, StoredClustering clustering, HashSet<string> touched, IngestReport report, Action tick)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in pages.Chunk(ChunkSize))
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
                        if (!seen.Add(hash) || store.ContainsContent(hash)) { report.Duplicates++; tick(); }
                        else fresh.Add((r.Document, hash));
                        break;
                }
            }
            if (fresh.Count == 0) continue;
            var results = ChunkStages.FromRaw(fresh.Select(f => f.Document).ToList());
            Store(fresh, results, clustering, touched, report);
            for (var i = 0; i < fresh.Count; i++) tick();
        }
    }

    /// <summary>
    /// The chunk in the order news arrives in (publish time, then content), as the story engine
    /// takes a batch: how the files were listed does not change the stories. Articles are stored
    /// in this order too, so replaying them by id rebuilds the same engine.
    /// </summary>
    private static IEnumerable<int> ClusteringOrder(IReadOnlyList<ChunkStages.PageResult> results) => Enumerable.Range(0, results.Count)
        .OrderBy(i => results[i].Features?.Published ?? DateOnly.MaxValue)
        .ThenBy(i => results[i].Features?.Key ?? "", StringComparer.Ordinal)
        .ThenBy(i => results[i].Features?.Source ?? "", StringComparer.Ordinal);

    private void Store(List<(RawDocument Document, string Hash)> fresh, IReadOnlyList<ChunkStages.PageResult> results,
        StoredClustering clustering, HashSet<string> touched, IngestReport report)
    {
        var now = DateTimeOffset.UtcNow;
        var newArticles = 0;
        var failures = new List<IngestFailure>();
        var duplicates = 0;
        using var writer = store.BeginWrite();
        clustering.CatchUp(store);
        foreach (var i in ClusteringOrder(results))
        {
            var (document, hash) = fresh[i];
            var result = results[i];
            // Null: another process stored the same page since we looked.
            if (writer.AddPage(document, hash, now) is not { } pageId) { duplicates++; continue; }
            if (result.Article is null)
            {
                writer.SetFailure(pageId, result.Failure!);
                failures.Add(new IngestFailure(document.Source, result.Failure!, Stored: true));
                continue;
            }
            var articleId = writer.PutArticle(pageId, result.Article, result.Features!);
            clustering.Add(articleId, result.Features!);
            newArticles++;
        }
        var changes = clustering.Flush(writer, now);
        writer.Commit();
        // Counted only once committed: what the report says is stored, is.
        report.NewArticles += newArticles;
        report.Duplicates += duplicates;
        report.Failures.AddRange(failures);
        touched.UnionWith(changes);
    }
}
