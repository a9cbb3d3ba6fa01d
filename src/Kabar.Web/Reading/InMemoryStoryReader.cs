using Kabar.Annotation;
using Kabar.Briefs;
using Kabar.Extraction;
using Kabar.Model;
using Kabar.Stories;

namespace Kabar.Web.Reading;

/// <summary>
/// Stories made in memory from pages read at start (<c>kabar serve --load PATH</c>): extraction,
/// annotation, clustering and briefs run once, and again for the whole set when pages are added.
/// Nothing is written anywhere.
/// </summary>
public sealed class InMemoryStoryReader : IStoryReader, IArticleIngestor
{
    private readonly Lock _gate = new();
    private readonly List<Article> _articles = [];
    private Snapshot _snapshot = Snapshot.Empty;

    public InMemoryStoryReader(IEnumerable<Article> articles) => Add(articles);

    /// <summary>Reads and extracts <paramref name="paths"/>; the rejections are returned for the caller to report.</summary>
    public static (InMemoryStoryReader Reader, IReadOnlyList<ExtractionOutcome.Rejected> Rejected) Load(IEnumerable<string> paths, Action? onDocumentDone = null)
    {
        var outcomes = ExtractionRun.FromPaths(paths, onDocumentDone);
        var reader = new InMemoryStoryReader(outcomes.OfType<ExtractionOutcome.Extracted>().Select(e => e.Article));
        return (reader, outcomes.OfType<ExtractionOutcome.Rejected>().ToList());
    }

    public IReadOnlyList<string> Outlets => _snapshot.Outlets;

    public IReadOnlyList<StoryListing> Stories(StoryFilter filter) =>
        _snapshot.Listings.Where(s => StoryListings.Matches(s, filter)).ToList();

    public Brief? Brief(string storyId) => _snapshot.Briefs.GetValueOrDefault(storyId);

    public ArticleRecord? Article(string articleId) => _snapshot.Articles.GetValueOrDefault(articleId);

    public string? ArticleIdOf(string source) => _snapshot.IdsBySource.GetValueOrDefault(source);

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        var snapshot = _snapshot;
        return SimpleSearch.Find(snapshot.Articles.Values.Select(r => r.Annotated.Article), query, limit)
            .Select(h =>
            {
                var record = snapshot.Articles[snapshot.IdsBySource[h.Article.Source]];
                return new SearchHit(record.Id, h.Article.Title, h.Article.Outlet, h.Article.Published, h.Snippet, record.StoryId, record.StoryTitle);
            })
            .ToList();
    }

    public IngestReport Ingest(IReadOnlyList<string> paths)
    {
        var outcomes = ExtractionRun.FromPaths(paths);
        var extracted = outcomes.OfType<ExtractionOutcome.Extracted>().Select(e => e.Article).ToList();
        int added;
        lock (_gate)
        {
            var known = _articles.Select(a => a.Body).ToHashSet();
            var fresh = extracted.Where(a => !known.Contains(a.Body)).ToList();
            added = fresh.Count;
            if (added > 0) Add(fresh);
        }
        return new IngestReport(added, extracted.Count - added, outcomes.OfType<ExtractionOutcome.Rejected>().ToList());
    }

    private void Add(IEnumerable<Article> articles)
    {
        lock (_gate)
        {
            var known = _articles.Select(a => a.Source).ToHashSet();
            _articles.AddRange(articles.Where(a => known.Add(a.Source)));
            _snapshot = Snapshot.Build(_articles);
        }
    }

    /// <summary>Everything the pages read, rebuilt whole when articles are added, so a request sees one consistent state.</summary>
    private sealed record Snapshot(
        IReadOnlyList<StoryListing> Listings,
        IReadOnlyDictionary<string, Brief> Briefs,
        IReadOnlyDictionary<string, ArticleRecord> Articles,
        IReadOnlyDictionary<string, string> IdsBySource,
        IReadOnlyList<string> Outlets)
    {
        public static readonly Snapshot Empty = new([], new Dictionary<string, Brief>(), new Dictionary<string, ArticleRecord>(), new Dictionary<string, string>(), []);

        public static Snapshot Build(IReadOnlyList<Article> articles)
        {
            var annotated = BatchAnnotator.Annotate(articles);
            var engine = new StoryEngine();
            foreach (var a in annotated) engine.Add(StoryEngine.Features(a));
            var bySource = annotated.ToDictionary(a => a.Source);

            var briefs = new Dictionary<string, Brief>();
            var listings = new List<StoryListing>();
            var storyOf = new Dictionary<string, Brief>();
            foreach (var story in engine.Stories)
            {
                var sources = engine.Events.Where(e => story.EventIds.Contains(e.Id)).SelectMany(e => e.Sources).Distinct().ToList();
                var members = sources.Select(s => bySource[s]).ToList();
                var brief = BriefBuilder.Build(story, engine.Events, members);
                briefs[brief.Id] = brief;
                listings.Add(StoryListings.From(brief, members.Select(m => m.Article).ToList()));
                foreach (var s in sources) storyOf[s] = brief;
            }

            var records = annotated.Select(a =>
            {
                var story = storyOf.GetValueOrDefault(a.Source);
                return new ArticleRecord(ArticleIds.For(a.Source), a, story?.Id, story?.Title);
            }).ToDictionary(r => r.Id);
            var ids = records.Values.ToDictionary(r => r.Annotated.Source, r => r.Id);
            var outlets = articles.Select(a => a.Outlet).OfType<string>().Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList();
            return new Snapshot(StoryListings.Order(listings), briefs, records, ids, outlets);
        }
    }
}
