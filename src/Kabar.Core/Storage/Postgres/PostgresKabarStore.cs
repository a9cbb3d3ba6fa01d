using System.Globalization;
using System.Text;
using Kabar.Model;
using Kabar.Stories;
using Npgsql;
using NpgsqlTypes;

namespace Kabar.Storage.Postgres;

/// <summary>
/// The store on a PostgreSQL server, for several Kabar processes (on several machines) sharing one
/// corpus. Same contract and behaviour as the SQLite store: one connection per store, writers one
/// at a time (an advisory lock taken at the start of each write transaction stands in for SQLite's
/// BEGIN IMMEDIATE), readers never wait. Every value is bound as a parameter; page text never
/// becomes SQL. Search terms live in the articles table (see <see cref="PostgresSchema"/>).
/// </summary>
public sealed partial class PostgresKabarStore : IKabarStore
{
    /// <summary>How long a writer waits for another process's write transaction before giving up with a message.</summary>
    public const int BusyTimeoutSeconds = 60;

    private const int ReadBatch = 500;

    private readonly NpgsqlConnection _connection;
    private readonly PostgresLocation _location;
    private readonly long _writeLock, _migrationLock;
    private NpgsqlTransaction? _transaction;

    public string Location => _location.Display;

    /// <summary>The schema that holds this store's tables.</summary>
    public string Schema => _location.Schema;

    private PostgresKabarStore(NpgsqlConnection connection, PostgresLocation location)
    {
        _connection = connection;
        _location = location;
        _writeLock = LockKey("write", location.Schema);
        _migrationLock = LockKey("migrate", location.Schema);
    }

    /// <summary>Opens (or creates) the store a URI or connection string names, migrating an older schema.</summary>
    /// <exception cref="StoreException">The server cannot be reached or refuses the login, the database is missing, the schema holds something else or is newer.</exception>
    public static PostgresKabarStore Open(string location) => Open(PostgresLocation.Parse(location));

    public static PostgresKabarStore Open(PostgresLocation location)
    {
        var connection = new NpgsqlConnection(location.ConnectionString);
        var store = new PostgresKabarStore(connection, location);
        try
        {
            connection.Open();
            store.Migrate();
            return store;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            connection.Dispose();
            throw PostgresErrors.Translate(e, location, inTransaction: false, BusyTimeoutSeconds);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Migrate()
    {
        if (AppliedVersion() is var applied && applied >= PostgresSchema.Latest)
        {
            CheckNotNewer(applied);
            return;
        }
        // Another process may be creating or migrating the same store: take the lock, then look again.
        using var transaction = _connection.BeginTransaction(System.Data.IsolationLevel.ReadCommitted);
        _transaction = transaction;
        try
        {
            Execute("SELECT pg_advisory_xact_lock(@key)", ("key", _migrationLock));
            if (Scalar("SELECT 1 FROM pg_namespace WHERE nspname = @schema", ("schema", Schema)) is null)
                Execute($"CREATE SCHEMA \"{Schema}\"");
            RefuseForeign();
            Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)");
            var current = AppliedVersion();
            CheckNotNewer(current);
            foreach (var migration in PostgresSchema.Migrations.Where(m => m.Version > current))
            {
                Execute(migration.Sql);
                Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, now())",
                    ("version", migration.Version), ("name", migration.Name));
            }
            transaction.Commit();
        }
        finally
        {
            _transaction = null;
        }
    }

    /// <summary>A schema of that name that holds tables but no Kabar migrations belongs to someone else and is never touched.</summary>
    private void RefuseForeign()
    {
        if (HasMigrationTable()) return;
        var tables = Convert.ToInt64(Scalar("SELECT COUNT(*) FROM pg_tables WHERE schemaname = @schema", ("schema", Schema)), CultureInfo.InvariantCulture);
        if (tables > 0)
            throw new StoreException($"{Location}: the schema '{Schema}' holds tables that are not a Kabar store; name another schema with ?schema=NAME");
    }

    private bool HasMigrationTable() =>
        Scalar("SELECT 1 FROM pg_tables WHERE schemaname = @schema AND tablename = 'schema_migrations'", ("schema", Schema)) is not null;

    private int AppliedVersion() =>
        HasMigrationTable() && Scalar("SELECT MAX(version) FROM schema_migrations") is int v ? v : 0;

    private void CheckNotNewer(int applied)
    {
        if (applied > PostgresSchema.Latest)
            throw new StoreException($"{Location} has schema version {applied}, written by a newer Kabar; this Kabar knows versions up to {PostgresSchema.Latest}. Use a newer Kabar (the database was not changed)");
    }

    /// <summary>The schema version the store is at.</summary>
    public int SchemaVersion => Guard(AppliedVersion);

    public bool ContainsContent(string contentHash) =>
        Guard(() => Scalar("SELECT 1 FROM pages WHERE content_hash = @hash", ("hash", contentHash)) is not null);

    public IStoreWriter BeginWrite() => Guard(() =>
    {
        if (_transaction is not null) throw new InvalidOperationException("a write transaction is already open on this store");
        // Read committed whatever the server's default: once the lock is held, every statement
        // sees what the previous writer committed (the pipeline's catch-up needs exactly that).
        _transaction = _connection.BeginTransaction(System.Data.IsolationLevel.ReadCommitted);
        try
        {
            // One writer at a time, like SQLite's BEGIN IMMEDIATE: the ingest pipeline catches its
            // story engine up inside this transaction and relies on nobody writing meanwhile.
            Execute($"SET LOCAL lock_timeout = '{BusyTimeoutSeconds}s'");
            Execute("SELECT pg_advisory_xact_lock(@key)", ("key", _writeLock));
        }
        catch
        {
            EndTransaction();
            throw;
        }
        return (IStoreWriter)new Writer(this);
    });

    public StoreCounts Counts() => Guard(() =>
    {
        using var reader = Reader("""
            SELECT (SELECT COUNT(*) FROM pages), (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM pages WHERE failure IS NOT NULL),
                   (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM stories)
            """);
        reader.Read();
        return new StoreCounts((int)reader.GetInt64(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3), (int)reader.GetInt64(4));
    });

    public IEnumerable<StoredFeatures> Features(long afterArticleId = 0) =>
        Batches(afterArticleId, "SELECT id, features FROM articles WHERE id > @after ORDER BY id LIMIT @limit",
            r => new StoredFeatures(r.GetInt64(0), StageJson.ReadFeatures(r.GetString(1))), f => f.ArticleId);

    public StoredClusters Clusters() => Guard(() => StoredRows.Clusters(sql => Reader(sql)));

    public IEnumerable<StoredPage> Pages() =>
        Batches(0, """
            SELECT p.id, p.source, p.raw, p.url, p.charset, p.fetched, p.content_hash, a.id IS NOT NULL
            FROM pages p LEFT JOIN articles a ON a.page_id = p.id WHERE p.id > @after ORDER BY p.id LIMIT @limit
            """,
            r => new StoredPage(r.GetInt64(0),
                new RawDocument(r.GetString(1), r.GetFieldValue<byte[]>(2), NullableString(r, 3), NullableString(r, 4),
                    r.IsDBNull(5) ? null : r.GetFieldValue<DateTimeOffset>(5)),
                r.GetString(6), r.GetBoolean(7)),
            p => p.Id);

    public IEnumerable<StoredArticle> Articles(long afterArticleId = 0) =>
        Batches(afterArticleId, """
            SELECT a.id, a.page_id, a.article_json, a.event_id, e.story_id
            FROM articles a LEFT JOIN events e ON e.id = a.event_id WHERE a.id > @after ORDER BY a.id LIMIT @limit
            """,
            ReadArticleRow, a => a.Id);

    private static StoredArticle ReadArticleRow(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), StageJson.ReadArticle(r.GetString(2)), NullableString(r, 3), NullableString(r, 4));

    public StoredArticle? Article(long articleId) => Guard(() =>
    {
        using var reader = Reader("""
            SELECT a.id, a.page_id, a.article_json, a.event_id, e.story_id
            FROM articles a LEFT JOIN events e ON e.id = a.event_id WHERE a.id = @id
            """, ("id", articleId));
        return reader.Read() ? ReadArticleRow(reader) : null;
    });

    public AnnotatedArticle? Annotated(long articleId) => Guard(() =>
    {
        using var reader = Reader("SELECT article_json, annotation FROM articles WHERE id = @id", ("id", articleId));
        return reader.Read() ? StageJson.ReadAnnotation(StageJson.ReadArticle(reader.GetString(0)), reader.GetFieldValue<byte[]>(1)) : null;
    });

    public IEnumerable<StoredFailure> Failures() => Guard(() =>
    {
        var list = new List<StoredFailure>();
        using var reader = Reader("SELECT id, source, failure, ingested_at FROM pages WHERE failure IS NOT NULL ORDER BY id");
        while (reader.Read())
            list.Add(new StoredFailure(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        return (IEnumerable<StoredFailure>)list;
    });

    public IReadOnlyList<StorySummary> Stories() => Guard(() => ReadStories(null));

    public StorySummary? Story(string storyId) => Guard(() => ReadStories(storyId).FirstOrDefault());

    public StorySummary? StoryOfArticle(long articleId) => Guard(() =>
        Scalar("SELECT e.story_id FROM articles a JOIN events e ON e.id = a.event_id WHERE a.id = @id", ("id", articleId)) is string story
            ? ReadStories(story).FirstOrDefault()
            : null);

    public StoryContents? Contents(string storyId, int maxArticles = int.MaxValue) => Guard(() =>
    {
        var members = new List<StoredRows.Member>();
        using (var reader = Reader("""
            SELECT e.id, a.source, a.published_key FROM events e JOIN articles a ON a.event_id = e.id
            WHERE e.story_id = @story ORDER BY a.source
            """, ("story", storyId)))
        {
            // The same sortable key as the SQLite store keeps: ISO 8601 in UTC, seven fraction digits.
            while (reader.Read())
                members.Add(new(reader.GetString(0), reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2).UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (members.Count == 0) return null;
        var articles = new List<AnnotatedArticle>();
        using (var reader = Reader("""
            SELECT a.article_json, a.annotation FROM articles a JOIN events e ON e.id = a.event_id
            WHERE e.story_id = @story ORDER BY a.published_key IS NULL, a.published_key, a.source LIMIT @limit
            """, ("story", storyId), ("limit", (long)maxArticles)))
        {
            while (reader.Read())
                articles.Add(StageJson.ReadAnnotation(StageJson.ReadArticle(reader.GetString(0)), reader.GetFieldValue<byte[]>(1)));
        }
        return StoredRows.Contents(storyId, members, articles);
    });

    public string? Setting(string key) => Guard(() => Scalar("SELECT value FROM kabar_meta WHERE key = @key", ("key", key)) as string);

    /// <summary>
    /// Stories with what a list shows, in one pass over the articles of every story (or of one):
    /// the title and lead of the earliest article, counts, outlets, the span of publish days.
    /// </summary>
    private List<StorySummary> ReadStories(string? storyId)
    {
        using var reader = Reader("""
            WITH members AS (
                SELECT e.story_id, a.id, a.title, a.lead, a.outlet, a.published_day, a.published_key
                FROM articles a JOIN events e ON e.id = a.event_id
                WHERE @story::text IS NULL OR e.story_id = @story::text
            ),
            ranked AS (
                SELECT story_id, title, lead,
                       ROW_NUMBER() OVER (PARTITION BY story_id ORDER BY published_key IS NULL, published_key, id) AS n
                FROM members
            ),
            totals AS (
                SELECT story_id, COUNT(*) AS articles, MIN(published_day) AS first_day, MAX(published_day) AS last_day,
                       array_agg(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets
                FROM members GROUP BY story_id
            )
            SELECT s.id, r.title, r.lead, t.articles, t.first_day, t.last_day, t.outlets, s.updated_at
            FROM stories s
            JOIN totals t ON t.story_id = s.id
            JOIN ranked r ON r.story_id = s.id AND r.n = 1
            ORDER BY t.last_day IS NULL, t.last_day DESC, s.updated_at DESC, s.id
            """, ("story", storyId));
        var list = new List<StorySummary>();
        while (reader.Read())
        {
            var outlets = reader.IsDBNull(6) ? [] : reader.GetFieldValue<string[]>(6).ToList();
            outlets.Sort(StringComparer.Ordinal);
            list.Add(new StorySummary(reader.GetString(0), reader.GetString(1), (int)reader.GetInt64(3), outlets,
                Day(reader, 4), Day(reader, 5), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(7)));
        }
        return list;
    }

    /// <summary>
    /// Articles whose search terms match <paramref name="tsquery"/> (a tsquery expression over the
    /// given parameters), best first, with the filters a search takes. For <see cref="Search.PostgresArticleSearch"/>.
    /// </summary>
    internal List<(long Id, float Rank)> Find(string tsquery, IReadOnlyList<(string Name, object? Value)> terms, string? outlet, DateOnly? from, DateOnly? to, int limit) => Guard(() =>
    {
        var args = new List<(string, object?)>(terms) { ("outlet", outlet), ("from", from), ("to", to), ("limit", (long)limit) };
        using var reader = Reader($"""
            SELECT id, ts_rank(search, query.q) AS rank
            FROM articles CROSS JOIN (SELECT {tsquery} AS q) AS query
            WHERE search @@ query.q
              AND (@outlet::text IS NULL OR lower(outlet) = lower(trim(@outlet::text)))
              AND (@from::date IS NULL OR published_day >= @from::date)
              AND (@to::date IS NULL OR published_day <= @to::date)
            ORDER BY rank DESC, id
            LIMIT @limit
            """, [.. args]);
        var found = new List<(long, float)>();
        while (reader.Read()) found.Add((reader.GetInt64(0), reader.GetFloat(1)));
        return found;
    });

    public void Dispose()
    {
        EndTransaction();
        _connection.Dispose();
    }

    // ---- plumbing: parameters, guarded calls, lock keys ----

    /// <summary>Reads in keyset batches (<c>id &gt; @after LIMIT @limit</c>), so a long read holds no statement open between batches and memory stays bounded.</summary>
    private IEnumerable<T> Batches<T>(long after, string sql, Func<NpgsqlDataReader, T> map, Func<T, long> idOf)
    {
        while (true)
        {
            var batch = Guard(() =>
            {
                var items = new List<T>();
                using var reader = Reader(sql, ("after", after), ("limit", (long)ReadBatch));
                while (reader.Read()) items.Add(map(reader));
                return items;
            });
            foreach (var item in batch) yield return item;
            if (batch.Count < ReadBatch) yield break;
            after = idOf(batch[^1]);
        }
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            Reconnect();
            try { return action(); }
            catch (Exception e) when (_transaction is null && PostgresErrors.ConnectionLost(e))
            {
                // The pooled connection died with a server restart and nobody knew until now:
                // a call outside a transaction changed nothing, so it is run once more on a new
                // connection, and a caller sees no error once the server is back.
                NpgsqlConnection.ClearPool(_connection);
                _connection.Close();
                _connection.Open();
                return action();
            }
        }
        catch (Exception e) when (e is NpgsqlException || (e is InvalidOperationException && _connection.FullState != System.Data.ConnectionState.Open))
        {
            throw PostgresErrors.Translate(e, _location, _transaction is not null, BusyTimeoutSeconds);
        }
    }

    /// <summary>
    /// After a lost connection (server restart, network cut) the next call outside a transaction
    /// connects again, as a call on an SQLite file would simply work again; inside a transaction
    /// the loss stays an error, since what that transaction did is gone.
    /// </summary>
    private void Reconnect()
    {
        if (_transaction is not null || _connection.FullState == System.Data.ConnectionState.Open) return;
        _connection.Close();
        _connection.Open();
    }

    private void Guard(Action action) => Guard(() => { action(); return 0; });

    private void EndTransaction()
    {
        try { _transaction?.Dispose(); }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { /* the connection is gone; the server rolled back */ }
        _transaction = null;
    }

    private NpgsqlCommand Command(string sql, (string Name, object? Value)[] args)
    {
        var command = new NpgsqlCommand(sql, _connection, _transaction);
        foreach (var (name, value) in args)
        {
            var parameter = value switch
            {
                null => new NpgsqlParameter(name, DBNull.Value),
                DateOnly d => new NpgsqlParameter(name, NpgsqlDbType.Date) { Value = d },
                _ => new NpgsqlParameter(name, value),
            };
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private int Execute(string sql, params (string Name, object? Value)[] args)
    {
        using var command = Command(sql, args);
        return command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] args)
    {
        using var command = Command(sql, args);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>The reader owns its command: disposing the reader is enough (CommandBehavior is default; the command is collected).</summary>
    private NpgsqlDataReader Reader(string sql, params (string Name, object? Value)[] args) => Command(sql, args).ExecuteReader();

    private static string? NullableString(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? Day(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

    /// <summary>A stable advisory-lock key per purpose and schema, so two stores in one database do not block each other.</summary>
    private static long LockKey(string purpose, string schema)
    {
        var hash = 14695981039346656037UL; // 64-bit FNV-1a: stable across processes and machines (string.GetHashCode is not)
        foreach (var b in Encoding.UTF8.GetBytes($"kabar:{purpose}:{schema}")) hash = (hash ^ b) * 1099511628211UL;
        return unchecked((long)hash);
    }

    private static DateTimeOffset Utc(DateTimeOffset t) => t.ToUniversalTime();

    /// <summary>The first sentence of the body, for one-line summaries (as the SQLite store keeps it).</summary>
    private static string Lead(AnnotatedArticle a)
    {
        var text = a.Sentences.Count > 0 ? a.Text(a.Sentences[0].Span) : a.Body;
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 240 ? text[..240].TrimEnd() + "…" : text;
    }
}
