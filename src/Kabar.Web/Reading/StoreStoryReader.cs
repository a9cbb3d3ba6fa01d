using System.Globalization;
using Kabar.Briefs;
using Kabar.Ingestion;
using Kabar.Search;
using Kabar.Storage;

namespace Kabar.Web.Reading;

/// <summary>
/// Reads stories from a Kabar store (a kabar.db file, or an in-memory store filled at start by
/// `kabar serve --load`), searches with its search (a Lucene index beside a file, the terms in a PostgreSQL store), and ingests uploads through the same
/// pipeline as `kabar ingest`. Briefs are built on demand and kept until their story changes.
/// A store connection serves one caller at a time, so every call holds one lock.
/// </summary>
public sealed class StoreStoryReader : IStoryReader, IArticleIngestor, IDisposable
{
    private readonly Lock _gate = new();
    private readonly IKabarStore _store;
    private readonly IArticleSearch _index;
    private readonly Dictionary<string, (DateTimeOffset Updated, Brief Brief)> _briefs = [];

    public StoreStoryReader(IKabarStore store)
    {
        _store = store;
        _index = ArticleSearch.Open(store);
    }

    /// <summary>An in-memory store holding the pages at <paramref name="paths"/>, ingested as `kabar ingest` would.</summary>
    public static (StoreStoryReader Reader, IngestReport Report) Load(IEnumerable<string> paths, Action? onPageDone = null)
    {
        var store = Kabar.Storage.Sqlite.SqliteKabarStore.OpenInMemory();
        var report = new IngestPipeline(store).Run(paths, onPageDone);
        return (new StoreStoryReader(store), report);
    }

    public IReadOnlyList<string> Outlets
    {
        get
        {
            lock (_gate) return _store.Stories().SelectMany(s => s.Outlets).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        }
    }

    public IReadOnlyList<StorySummary> Stories(StoryFilter filter)
    {
        lock (_gate) return _store.Stories().Where(filter.Matches).ToList();
    }

    public StorySummary? Story(string storyId)
    {
        lock (_gate) return _store.Story(storyId);
    }

    public Brief? Brief(string storyId)
    {
        lock (_gate)
        {
            if (_store.Story(storyId) is not { } summary) return null;
            if (_briefs.TryGetValue(storyId, out var cached) && cached.Updated == summary.Updated) return cached.Brief;
            if (_store.Contents(storyId) is not { } contents) return null;
            var brief = BriefBuilder.Build(contents.Story, contents.Events, contents.Articles, contents.Ids);
            _briefs[storyId] = (summary.Updated, brief);
            return brief;
        }
    }

    public ArticleRecord? Article(string articleId)
    {
        if (!long.TryParse(articleId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        lock (_gate)
        {
            if (_store.Annotated(id) is not { } annotated) return null;
            return new ArticleRecord(Id(id), annotated, _store.StoryOfArticle(id));
        }
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        lock (_gate)
        {
            _index.Update();
            return _index.Search(query);
        }
    }

    public UploadReport Ingest(IReadOnlyList<string> paths)
    {
        lock (_gate)
        {
            var report = new IngestPipeline(_store).Run(paths);
            _index.Update();
            var failed = report.Failures.Select(f => new UploadFailure(f.Source, f.Reason)).ToList();
            if (report.StoppedBecause is not null) failed.Add(new UploadFailure(_store.Location, report.StoppedBecause));
            return new UploadReport(report.NewArticles, report.Duplicates, failed);
        }
    }

    /// <summary>Asks the store one small question (for /readyz); throws when it cannot answer.</summary>
    public void Probe()
    {
        lock (_gate) _store.Setting("kabar.ready-probe");
    }

    public void Dispose()
    {
        _index.Dispose();
        _store.Dispose();
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
