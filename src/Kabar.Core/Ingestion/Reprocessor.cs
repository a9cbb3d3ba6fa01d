using Kabar.Storage;

namespace Kabar.Ingestion;

/// <summary>The stage `kabar reprocess` starts from; every later stage runs again too.</summary>
public enum ReprocessStage { Extract, Annotate, Cluster }

/// <summary>What a reprocess run did.</summary>
public sealed record ReprocessReport(ReprocessStage Stage, int ArticlesBefore, int ArticlesAfter, IReadOnlyList<IngestFailure> Failures, int Stories, string? StoppedBecause);

/// <summary>
/// Runs stages again on what is stored (after a better extractor, annotator or clusterer):
/// from the raw bytes (<see cref="ReprocessStage.Extract"/>), from the stored articles
/// (<see cref="ReprocessStage.Annotate"/>), or from the stored annotations
/// (<see cref="ReprocessStage.Cluster"/>). Articles keep their ids; clustering always starts
/// from scratch and replaces every assignment in one transaction.
/// </summary>
public sealed class Reprocessor(IKabarStore store)
{
    /// <summary>Bumped whenever article text may have changed, so the search index knows to rebuild.</summary>
    public const string SearchGenerationSetting = "search_generation";

    public int ChunkSize { get; init; } = 128;

    /// <summary>How many steps <see cref="Run"/> reports through its tick, for a progress bar.</summary>
    public int Steps(ReprocessStage stage)
    {
        var counts = store.Counts();
        return (stage == ReprocessStage.Extract ? counts.Pages : counts.Articles) + counts.Articles;
    }

    public ReprocessReport Run(ReprocessStage stage, Action? onStep = null)
    {
        var tick = onStep ?? (() => { });
        var before = store.Counts().Articles;
        var failures = new List<IngestFailure>();
        try
        {
            switch (stage)
            {
                case ReprocessStage.Extract: Extract(failures, tick); break;
                case ReprocessStage.Annotate: Annotate(failures, tick); break;
                case ReprocessStage.Cluster: Refeature(tick); break;
            }
            Recluster(tick);
            var counts = store.Counts();
            return new ReprocessReport(stage, before, counts.Articles, failures, counts.Stories, null);
        }
        catch (StoreException e)
        {
            return new ReprocessReport(stage, before, store.Counts().Articles, failures, store.Counts().Stories, e.Message);
        }
    }

    /// <summary>
    /// Counts every stored page for template learning again (replacing the stored counts: a store
    /// from before the counts were kept gets them here), then extracts every page with the lines
    /// decided from them, as a fresh ingest of the same pages would.
    /// </summary>
    private void Extract(List<IngestFailure> failures, Action tick)
    {
        var counts = RunTemplates.Count(store.Pages().Select(p => (Readers.ReadOutcome)new Readers.ReadOutcome.Read(p.Document)), _ => false);
        using (var writer = store.BeginWrite())
        {
            writer.ClearTemplateCounts();
            writer.AddTemplateCounts(counts);
            writer.Commit();
        }
        var template = counts.Decide();
        foreach (var chunk in store.Pages().Chunk(ChunkSize))
        {
            var results = ChunkStages.FromRaw(chunk.Select(p => p.Document).ToList(), template);
            using var writer = store.BeginWrite();
            for (var i = 0; i < chunk.Length; i++)
            {
                var (page, result) = (chunk[i], results[i]);
                if (result.Article is null)
                {
                    writer.RemoveArticle(page.Id);
                    writer.SetFailure(page.Id, result.Failure!);
                    failures.Add(new IngestFailure(page.Document.Source, result.Failure!, Stored: true));
                }
                else writer.PutArticle(page.Id, result.Article.Article, result.Stored!);
            }
            BumpSearchGeneration(writer);
            writer.Commit();
            foreach (var _ in chunk) tick();
        }
    }

    private void Annotate(List<IngestFailure> failures, Action tick)
    {
        foreach (var chunk in store.Articles().Chunk(ChunkSize))
        {
            var results = ChunkStages.FromArticles(chunk.Select(a => a.Article).ToList());
            using var writer = store.BeginWrite();
            for (var i = 0; i < chunk.Length; i++)
            {
                if (results[i].Article is { } annotated) writer.PutArticle(chunk[i].PageId, annotated.Article, results[i].Stored!);
                else failures.Add(new IngestFailure(chunk[i].Article.Source, results[i].Failure! + " (the earlier annotation is kept)", Stored: true));
            }
            BumpSearchGeneration(writer);
            writer.Commit();
            foreach (var _ in chunk) tick();
        }
    }

    /// <summary>Makes the cluster features again from the stored annotations (the clusterer may want other features).</summary>
    private void Refeature(Action tick)
    {
        foreach (var chunk in store.Articles().Chunk(ChunkSize))
        {
            var annotated = chunk.Select(a => (a.PageId, Annotated: store.Annotated(a.Id)!)).ToList();
            using var writer = store.BeginWrite();
            foreach (var (pageId, a) in annotated)
                writer.PutArticle(pageId, a, Stories.StoryEngine.Features(a));
            writer.Commit();
            foreach (var _ in chunk) tick();
        }
    }

    private void Recluster(Action tick)
    {
        using var writer = store.BeginWrite();
        writer.ClearClusters();
        var clustering = new StoredClustering();
        foreach (var stored in store.Features())
        {
            clustering.Add(stored.ArticleId, stored.Features);
            tick();
        }
        clustering.Flush(writer, DateTimeOffset.UtcNow);
        writer.Commit();
    }

    private void BumpSearchGeneration(IStoreWriter writer) =>
        writer.SetSetting(SearchGenerationSetting, Guid.NewGuid().ToString("N"));
}
