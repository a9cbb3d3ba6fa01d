using Kabar.Model;
using Kabar.Stories;

namespace Kabar.Storage.Sql;

public sealed partial class SqlStore
{
    /// <summary>The store's one write transaction, holding the write lock from its start (<see cref="SqlDialect.BeginWrite"/>).</summary>
    private sealed partial class Writer(SqlStore store) : IStoreWriter
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
                ("fetched", document.Fetched is { } f ? store.Dialect.Timestamp(f) : null), ("raw", document.Content.ToArray()),
                ("at", store.Dialect.Timestamp(ingestedAt))) is long id
                ? id
                : (long?)null);

        public void SetFailure(long pageId, string reason) => store.Guard(() =>
            store.Execute("UPDATE pages SET failure = @reason WHERE id = @id", ("reason", reason), ("id", pageId)));

        public long PutArticle(long pageId, Article a, StoredForms forms) => store.Guard(() =>
        {
            store.Execute("UPDATE pages SET failure = NULL WHERE id = @id", ("id", pageId));
            // The search column, where the store keeps one, is written in the same statement as the article.
            var search = store.Dialect.Search(a);
            var columns = search is null ? "" : ", " + search.Name;
            var values = search is null ? "" : ", " + search.Value;
            var updates = search is null ? "" : $", {search.Name} = excluded.{search.Name}";
            (string, object?)[] args =
            [
                ("page", pageId), ("source", a.Source), ("outlet", a.Outlet), ("title", a.Title),
                ("day", a.Published is { } d ? store.Dialect.Day(d.Date) : null),
                ("key", a.Published is { } p ? store.Dialect.Timestamp(p.Value) : null),
                ("lead", forms.Lead), ("article", forms.ArticleJson), ("annotation", forms.Annotation), ("features", forms.FeaturesJson),
                .. search?.Arguments ?? [],
            ];
            return (long)store.Scalar($"""
                INSERT INTO articles (page_id, source, outlet, title, published_day, published_key, lead, article_json, annotation, features{columns})
                VALUES (@page, @source, @outlet, @title, @day, @key, @lead, @article, @annotation, @features{values})
                ON CONFLICT (page_id) DO UPDATE SET
                    source = excluded.source, outlet = excluded.outlet, title = excluded.title,
                    published_day = excluded.published_day, published_key = excluded.published_key, lead = excluded.lead,
                    article_json = excluded.article_json, annotation = excluded.annotation, features = excluded.features{updates}
                RETURNING id
                """, args)!;
        });

        public void RemoveArticle(long pageId) => store.Guard(() =>
            store.Execute("DELETE FROM articles WHERE page_id = @page", ("page", pageId)));

        public void AssignEvent(long articleId, string eventId) => store.Guard(() =>
            store.Execute("UPDATE articles SET event_id = @event WHERE id = @id", ("event", eventId), ("id", articleId)));

        public void PutEvent(string eventId, string storyId) => store.Guard(() =>
            store.Execute("INSERT INTO events (id, story_id) VALUES (@id, @story) ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id",
                ("id", eventId), ("story", storyId)));

        // A frozen event the engine no longer holds keeps its articles, and its row with them.
        public void RemoveEvent(string eventId) => store.Guard(() =>
            store.Execute("DELETE FROM events WHERE id = @id AND NOT EXISTS (SELECT 1 FROM articles WHERE event_id = @id)", ("id", eventId)));

        public void TouchStory(string storyId, DateTimeOffset at) => store.Guard(() =>
            store.Execute("INSERT INTO stories (id, created_at, updated_at) VALUES (@id, @at, @at) ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at",
                ("id", storyId), ("at", store.Dialect.Timestamp(at))));

        // A frozen event still names the story (the engine no longer holds it): the row stays while one does.
        public void RemoveStory(string storyId) => store.Guard(() =>
            store.Execute("DELETE FROM stories WHERE id = @id AND NOT EXISTS (SELECT 1 FROM events WHERE story_id = @id)", ("id", storyId)));

        public void MoveStory(string gone, string into) => store.Guard(() =>
        {
            store.Execute("UPDATE events SET story_id = @into WHERE story_id = @gone", ("into", into), ("gone", gone));
            store.Execute("DELETE FROM stories WHERE id = @gone", ("gone", gone));
        });

        public void ClearClusters() => store.Guard(() =>
        {
            store.Execute("UPDATE articles SET event_id = NULL WHERE event_id IS NOT NULL");
            store.Execute("DELETE FROM events");
            store.Execute("DELETE FROM stories");
            store.Execute("DELETE FROM frequencies");
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
            catch (Exception e) when (store.Dialect.Translate(e, store.Location, inTransaction: true) is not null) { /* the connection already rolled back (disk full, I/O error, server gone) */ }
            Finish();
        }

        private void Finish()
        {
            _done = true;
            store.EndTransaction();
        }
    }
}
