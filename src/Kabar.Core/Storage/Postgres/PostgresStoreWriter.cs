using Kabar.Language;
using Kabar.Model;
using Kabar.Stories;

namespace Kabar.Storage.Postgres;

public sealed partial class PostgresKabarStore
{
    /// <summary>The store's one write transaction, holding the store's write lock from the start.</summary>
    private sealed class Writer(PostgresKabarStore store) : IStoreWriter
    {
        private bool _done;

        public long? AddPage(RawDocument document, string contentHash, DateTimeOffset ingestedAt) => store.Guard(() =>
            store.Scalar("""
                INSERT INTO pages (content_hash, source, url, charset, fetched, raw, ingested_at)
                VALUES (@hash, @source, @url, @charset, @fetched, @raw, @at)
                ON CONFLICT (content_hash) DO NOTHING
                RETURNING id
                """,
                ("hash", contentHash), ("source", document.Source), ("url", document.Url), ("charset", document.Charset),
                ("fetched", document.Fetched is { } f ? Utc(f) : null), ("raw", document.Content.ToArray()), ("at", Utc(ingestedAt))) is long id
                ? id
                : (long?)null);

        public void SetFailure(long pageId, string reason) => store.Guard(() =>
            store.Execute("UPDATE pages SET failure = @reason WHERE id = @id", ("reason", reason), ("id", pageId)));

        public long PutArticle(long pageId, AnnotatedArticle article, ArticleFeatures features) => store.Guard(() =>
        {
            var a = article.Article;
            store.Execute("UPDATE pages SET failure = NULL WHERE id = @id", ("id", pageId));
            return (long)store.Scalar("""
                INSERT INTO articles (page_id, source, outlet, title, published_day, published_key, lead, article_json, annotation, features, search)
                VALUES (@page, @source, @outlet, @title, @day, @key, @lead, @article, @annotation, @features,
                        setweight(to_tsvector('simple', @title_terms), 'A') || to_tsvector('simple', @body_terms))
                ON CONFLICT (page_id) DO UPDATE SET
                    source = excluded.source, outlet = excluded.outlet, title = excluded.title,
                    published_day = excluded.published_day, published_key = excluded.published_key, lead = excluded.lead,
                    article_json = excluded.article_json, annotation = excluded.annotation, features = excluded.features,
                    search = excluded.search
                RETURNING id
                """,
                ("page", pageId), ("source", a.Source), ("outlet", a.Outlet), ("title", a.Title),
                ("day", a.Published is { } d ? d.Date : null),
                ("key", a.Published is { } p ? Utc(p.Value) : null),
                ("lead", Lead(article)), ("article", StageJson.Article(a)), ("annotation", StageJson.Annotation(article)),
                ("features", StageJson.Features(features)),
                ("title_terms", SearchTerms(a.Subtitle is null ? a.Title : a.Title + "\n" + a.Subtitle)),
                ("body_terms", SearchTerms(a.Body)))!;
        });

        public void RemoveArticle(long pageId) => store.Guard(() =>
            store.Execute("DELETE FROM articles WHERE page_id = @page", ("page", pageId)));

        public void AssignEvent(long articleId, string eventId) => store.Guard(() =>
            store.Execute("UPDATE articles SET event_id = @event WHERE id = @id", ("event", eventId), ("id", articleId)));

        public void PutEvent(string eventId, string storyId) => store.Guard(() =>
            store.Execute("INSERT INTO events (id, story_id) VALUES (@id, @story) ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id",
                ("id", eventId), ("story", storyId)));

        public void RemoveEvent(string eventId) => store.Guard(() =>
            store.Execute("DELETE FROM events WHERE id = @id", ("id", eventId)));

        public void TouchStory(string storyId, DateTimeOffset at) => store.Guard(() =>
            store.Execute("INSERT INTO stories (id, created_at, updated_at) VALUES (@id, @at, @at) ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at",
                ("id", storyId), ("at", Utc(at))));

        public void RemoveStory(string storyId) => store.Guard(() =>
            store.Execute("DELETE FROM stories WHERE id = @id", ("id", storyId)));

        public void ClearClusters() => store.Guard(() =>
        {
            store.Execute("UPDATE articles SET event_id = NULL WHERE event_id IS NOT NULL");
            store.Execute("DELETE FROM events");
            store.Execute("DELETE FROM stories");
        });

        public void SetSetting(string key, string value) => store.Guard(() =>
            store.Execute("INSERT INTO kabar_meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                ("key", key), ("value", value)));

        public void Commit() => store.Guard(() =>
        {
            store._transaction!.Commit();
            Finish();
        });

        public void Dispose()
        {
            if (_done) return;
            try { store._transaction?.Rollback(); }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException) { /* the connection is gone: the server rolled back */ }
            Finish();
        }

        private void Finish()
        {
            _done = true;
            store.EndTransaction();
        }
    }

    /// <summary>
    /// The words of <paramref name="text"/> as search matches them: the stems of Lucene's
    /// Indonesian analyzer (as the SQLite store's Lucene index makes them), space-joined for
    /// to_tsvector('simple'), which only splits and lower-cases. Queries go through the same path.
    /// </summary>
    internal static string SearchTerms(string text) => string.Join(' ', TextAnalysis.Terms(text, "id"));
}
