using System.Globalization;
using Kabar.Model;
using Kabar.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Kabar.Search;

/// <summary>
/// A Lucene.Net full-text index of a store's articles, kept beside the store (<c>kabar.db.index/</c>)
/// and always derivable from it: each commit records the last article id it holds and the store's
/// search generation, so <see cref="Update"/> adds only what is new, and rebuilds everything after
/// a reprocess (or when the folder is missing or damaged). Title and body go through Lucene's
/// Indonesian analyzer, so 'pembicaraan' finds 'dibicarakan'.
/// </summary>
public sealed class SearchIndex : IArticleSearch
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "id", TitleField = "title", BodyField = "body", OutletField = "outlet", DayField = "day";
    private const string LastArticleKey = "last_article_id", GenerationKey = "generation";

    private readonly IKabarStore _store;
    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer = new IndonesianAnalyzer(Version);

    /// <summary>Where the index of a store file lives.</summary>
    public static string FolderFor(string storeLocation) => storeLocation + ".index";

    private SearchIndex(IKabarStore store, LuceneDirectory directory)
    {
        _store = store;
        _directory = directory;
    }

    /// <summary>
    /// The index of <paramref name="store"/>: a folder beside a store file; in memory (built for
    /// this use) for an in-memory store or one whose folder cannot be written.
    /// </summary>
    public static SearchIndex Open(IKabarStore store) => new(store,
        store.Location == ":memory:" || !StoreLocation.FolderIsWritable(store.Location) ? new RAMDirectory() : FSDirectory.Open(FolderFor(store.Location)));

    /// <summary>
    /// Brings the index up to date with the store; returns how many articles it indexed, or -1 when
    /// another process is updating it (searches then see what that process has committed).
    /// </summary>
    public int Update(Action? onArticleIndexed = null)
    {
        var generation = _store.Setting(Ingestion.Reprocessor.SearchGenerationSetting) ?? "";
        var (lastIndexed, indexedGeneration) = ReadCommitData();
        var rebuild = lastIndexed < 0 || indexedGeneration != generation;
        if (!rebuild && !_store.Articles(lastIndexed).Any()) return 0;
        var config = new IndexWriterConfig(Version, _analyzer)
        {
            OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            WriteLockTimeout = 5000,
        };
        IndexWriter writer;
        try { writer = new IndexWriter(_directory, config); }
        catch (LockObtainFailedException) { return -1; }
        using (writer)
        {
            var count = 0;
            var last = rebuild ? 0 : lastIndexed;
            foreach (var stored in _store.Articles(last))
            {
                writer.UpdateDocument(new Term(IdField, Id(stored.Id)), ToDocument(stored));
                last = stored.Id;
                count++;
                onArticleIndexed?.Invoke();
            }
            writer.SetCommitData(new Dictionary<string, string>
            {
                [LastArticleKey] = last.ToString(CultureInfo.InvariantCulture),
                [GenerationKey] = generation,
            });
            writer.Commit();
            return count;
        }
    }

    /// <summary>How many articles <see cref="Update"/> would index at most (for a progress bar).</summary>
    public int Pending()
    {
        var (lastIndexed, indexedGeneration) = ReadCommitData();
        var generation = _store.Setting(Ingestion.Reprocessor.SearchGenerationSetting) ?? "";
        return lastIndexed < 0 || indexedGeneration != generation ? _store.Counts().Articles : _store.Articles(lastIndexed).Count();
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var parser = new MultiFieldQueryParser(Version, [TitleField, BodyField], _analyzer,
            new Dictionary<string, float> { [TitleField] = 2f, [BodyField] = 1f })
        {
            DefaultOperator = Operator.AND,
        };
        Query text;
        try { text = parser.Parse(query.Text); }
        catch (ParseException e) { throw new SearchQueryException($"cannot read the query '{query.Text}': {e.Message}", e); }
        var combined = new BooleanQuery { { text, Occur.MUST } };
        if (!string.IsNullOrWhiteSpace(query.Outlet))
            combined.Add(new TermQuery(new Term(OutletField, NormaliseOutlet(query.Outlet))), Occur.MUST);
        if (query.From is not null || query.To is not null)
            combined.Add(TermRangeQuery.NewStringRange(DayField, query.From is { } f ? Day(f) : null, query.To is { } t ? Day(t) : null, true, true), Occur.MUST);

        if (!DirectoryReader.IndexExists(_directory)) return [];
        using var reader = DirectoryReader.Open(_directory);
        var searcher = new IndexSearcher(reader);
        var top = searcher.Search(combined, Math.Max(1, query.Limit));
        var found = top.ScoreDocs.Select(scored => (long.Parse(searcher.Doc(scored.Doc).Get(IdField), CultureInfo.InvariantCulture), scored.Score)).ToList();
        return SearchHits.Build(_store, query.Text, found);
    }

    private Document ToDocument(StoredArticle stored)
    {
        var a = stored.Article;
        var document = new Document
        {
            new StringField(IdField, Id(stored.Id), Field.Store.YES),
            new TextField(TitleField, a.Subtitle is null ? a.Title : a.Title + "\n" + a.Subtitle, Field.Store.NO),
            new TextField(BodyField, a.Body, Field.Store.NO),
        };
        if (a.Outlet is not null) document.Add(new StringField(OutletField, NormaliseOutlet(a.Outlet), Field.Store.NO));
        if (a.Published is not null) document.Add(new StringField(DayField, Day(a.Published.Date), Field.Store.NO));
        return document;
    }

    private (long LastArticleId, string? Generation) ReadCommitData()
    {
        try
        {
            if (!DirectoryReader.IndexExists(_directory)) return (-1, null);
            var data = DirectoryReader.ListCommits(_directory)[^1].UserData;
            return data.TryGetValue(LastArticleKey, out var last) && long.TryParse(last, CultureInfo.InvariantCulture, out var id)
                ? (id, data.TryGetValue(GenerationKey, out var g) ? g : null)
                : (-1, null);
        }
        catch (IOException)
        {
            // A damaged index is rebuilt from the store.
            return (-1, null);
        }
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string NormaliseOutlet(string outlet) => outlet.Trim().ToLowerInvariant();

    public void Dispose()
    {
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
