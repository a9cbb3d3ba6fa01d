using Kabar.Extraction.TextDump;
using Kabar.Model;
using Kabar.Storage;
using Kabar.Stories;

namespace Kabar.Ingestion;

/// <summary>
/// Step 3 of ingestion, shared by one process (<see cref="IngestPipeline"/>) and the cluster (its
/// store grain): in one write transaction, catch the story engine up with what others stored,
/// store each page's raw bytes with its article or its failure (and count it for its outlet's
/// template lines: <see cref="TemplateCounts"/>), cluster the articles in the order
/// news arrives in, and write the events and stories that changed. Chunks committed in the same
/// order give the same stories wherever their pages were extracted and annotated.
/// </summary>
public sealed class ChunkCommitter
{
    private readonly IKabarStore _store;
    private readonly StoredClustering _clustering;

    /// <summary>The last article stored before this committer started (articles after it are new to this run).</summary>
    public long StartedAfter { get; }

    public ChunkCommitter(IKabarStore store, Stories.ClusteringSettings? settings = null)
    {
        _store = store;
        _clustering = StoredClustering.Replay(store, settings);
        StartedAfter = _clustering.LastArticleId;
    }

    /// <summary>A page ready to commit: its raw bytes, their hash, and what the stages made of it.</summary>
    public sealed record Page(RawDocument Document, string Hash, ChunkStages.PageResult Result);

    /// <summary>What one committed chunk did. Pages another writer stored first count as duplicates.</summary>
    public sealed record Committed(int NewArticles, int Duplicates, IReadOnlyList<IngestFailure> Failures, IReadOnlySet<string> TouchedStories);

    /// <exception cref="StoreException">The store could not be written: nothing of this chunk is kept.</exception>
    public Committed Commit(IReadOnlyList<Page> pages)
    {
        var now = DateTimeOffset.UtcNow;
        var newArticles = 0;
        var duplicates = 0;
        var failures = new List<IngestFailure>();
        var templates = new TemplateCounts();
        using var writer = _store.BeginWrite();
        _clustering.CatchUp(_store);
        foreach (var page in ArrivalOrder.OfChunk(pages))
        {
            // Null: another process stored the same page since we looked.
            if (writer.AddPage(page.Document, page.Hash, now) is not { } pageId) { duplicates++; continue; }
            if (page.Result.Template is { } sample) templates.Add(sample);
            if (page.Result.Article is null)
            {
                writer.SetFailure(pageId, page.Result.Failure!);
                failures.Add(new IngestFailure(page.Document.Source, page.Result.Failure!, Stored: true));
                continue;
            }
            var articleId = writer.PutArticle(pageId, page.Result.Article.Article, page.Result.Stored!);
            _clustering.Add(articleId, page.Result.Features!);
            newArticles++;
        }
        if (!templates.IsEmpty) writer.AddTemplateCounts(templates);
        var touched = _clustering.Flush(writer, now);
        writer.Commit();
        return new Committed(newArticles, duplicates, failures, touched);
    }

    /// <summary>Of the stories a run touched, those that still exist, split into created and changed.</summary>
    public StoryChanges Classify(IEnumerable<string> touched) => Classify(touched, StartedAfter);

    /// <summary>As <see cref="Classify(IEnumerable{string})"/>, for a run that started after article <paramref name="after"/>.</summary>
    public StoryChanges Classify(IEnumerable<string> touched, long after) => _clustering.Classify(touched, after);

    /// <summary>How many stored articles the story engine replayed at start (its window).</summary>
    public int Replayed => _clustering.Replayed;

    /// <summary>What the story engine holds in memory.</summary>
    public StoryEngineSize EngineSize => _clustering.EngineSize;

    /// <summary>Late articles that looked up frozen events in the store, the frozen events found, and those thawed.</summary>
    public (long Lookups, long Found, long Thawed) Thaws => _clustering.Thaws;

    /// <summary>The last article the story engine holds.</summary>
    public long LastArticleId => _clustering.LastArticleId;
}
