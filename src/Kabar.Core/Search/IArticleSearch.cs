using Kabar.Storage;
using Kabar.Storage.Postgres;

namespace Kabar.Search;

/// <summary>
/// Full-text search over a store's articles. A file store keeps a Lucene index beside it
/// (<see cref="SearchIndex"/>), derived from the store and caught up on demand; a PostgreSQL store
/// keeps the search terms in its own tables, written with each article
/// (<see cref="PostgresArticleSearch"/>), so any number of writers keep it right. Both analyse
/// text with Lucene's Indonesian analyzer, so they find the same articles.
/// </summary>
public interface IArticleSearch : IDisposable
{
    /// <summary>
    /// Brings the search up to date with the store; returns how many articles it indexed, or -1
    /// when another process is updating it (searches then see what that process has committed).
    /// </summary>
    int Update(Action? onArticleIndexed = null);

    /// <summary>How many articles <see cref="Update"/> would index at most (for a progress bar).</summary>
    int Pending();

    /// <exception cref="SearchQueryException">The query text cannot be read.</exception>
    IReadOnlyList<SearchHit> Search(SearchQuery query);
}

/// <summary>Chooses the search that belongs to a store.</summary>
public static class ArticleSearch
{
    public static IArticleSearch Open(IKabarStore store) =>
        store is Kabar.Storage.Sql.SqlStore sql && PostgresKabarStore.IsPostgres(sql) ? new PostgresArticleSearch(sql) : SearchIndex.Open(store);
}
