using System.Data.Common;
using System.Globalization;
using Kabar.Model;

namespace Kabar.Storage.Sql;

/// <summary>
/// The Kabar store over System.Data.Common: one connection, one write transaction at a time,
/// every value bound as a parameter (page text never becomes SQL). The queries are written once
/// here and in <see cref="Writer"/>; <see cref="SqlDialect"/> says what SQLite and PostgreSQL do
/// differently. Open one with <see cref="Sqlite.SqliteKabarStore"/> or <see cref="Postgres.PostgresKabarStore"/>.
/// </summary>
public sealed partial class SqlStore : IKabarStore
{
    /// <summary>How long a writer waits for another process's write transaction before giving up with a message.</summary>
    public const int BusyTimeoutSeconds = 60;

    private const int ReadBatch = 500;

    private readonly DbConnection _connection;
    private readonly Dictionary<string, DbCommand> _prepared = [];
    private DbTransaction? _transaction;

    public SqlDialect Dialect { get; }

    /// <summary>The store as messages show it: a path, or a server without its password.</summary>
    public string Location { get; }

    internal SqlStore(DbConnection connection, SqlDialect dialect, string location)
    {
        _connection = connection;
        Dialect = dialect;
        Location = location;
    }

    internal DbConnection Connection => _connection;

    internal DbTransaction? Transaction => _transaction;

    /// <summary>The schema version the store is at.</summary>
    public int SchemaVersion => Guard(() => Dialect.AppliedVersion(this));

    public bool ContainsContent(string contentHash) =>
        Guard(() => Scalar("SELECT 1 FROM pages WHERE content_hash = @hash", ("hash", contentHash)) is not null);

    public IStoreWriter BeginWrite() => Guard(() =>
    {
        if (_transaction is not null) throw new InvalidOperationException("a write transaction is already open on this store");
        _transaction = Dialect.BeginWrite(this);
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
                    r.IsDBNull(5) ? null : Dialect.ReadTimestamp(r, 5)),
                r.GetString(6), r.GetBoolean(7)),
            p => p.Id);

    private const string ArticleRow = """
        SELECT a.id, a.page_id, a.article_json, a.event_id, e.story_id
        FROM articles a LEFT JOIN events e ON e.id = a.event_id
        """;

    public IEnumerable<StoredArticle> Articles(long afterArticleId = 0) =>
        Batches(afterArticleId, ArticleRow + " WHERE a.id > @after ORDER BY a.id LIMIT @limit", ReadArticleRow, a => a.Id);

    public StoredArticle? Article(long articleId) => Guard(() =>
    {
        using var reader = Reader(ArticleRow + " WHERE a.id = @id", ("id", articleId));
        return reader.Read() ? ReadArticleRow(reader) : null;
    });

    private static StoredArticle ReadArticleRow(DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), StageJson.ReadArticle(r.GetString(2)), NullableString(r, 3), NullableString(r, 4));

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
            list.Add(new StoredFailure(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Dialect.ReadTimestamp(reader, 3)));
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
            SELECT e.id, a.source, a.published_key, a.id FROM events e JOIN articles a ON a.event_id = e.id
            WHERE e.story_id = @story ORDER BY a.source
            """, ("story", storyId)))
        {
            while (reader.Read()) members.Add(new(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : Dialect.PublishedKey(reader, 2), reader.GetInt64(3)));
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
        using var reader = Reader($"""
            WITH members AS (
                SELECT e.story_id, a.id, a.title, a.lead, a.outlet, a.published_day, a.published_key
                FROM articles a JOIN events e ON e.id = a.event_id
                WHERE CAST(@story AS TEXT) IS NULL OR e.story_id = CAST(@story AS TEXT)
            ),
            ranked AS (
                SELECT story_id, title, lead,
                       ROW_NUMBER() OVER (PARTITION BY story_id ORDER BY published_key IS NULL, published_key, id) AS n
                FROM members
            ),
            totals AS (
                SELECT story_id, COUNT(*) AS articles, MIN(published_day) AS first_day, MAX(published_day) AS last_day,
                       {Dialect.DistinctList("outlet")} AS outlets
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
            var outlets = reader.IsDBNull(6) ? [] : Dialect.ReadList(reader, 6);
            outlets.Sort(StringComparer.Ordinal);
            list.Add(new StorySummary(reader.GetString(0), reader.GetString(1), (int)reader.GetInt64(3), outlets,
                Day(reader, 4), Day(reader, 5), reader.GetString(2), Dialect.ReadTimestamp(reader, 7)));
        }
        return list;
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values) command.Dispose();
        _prepared.Clear();
        EndTransaction();
        _connection.Dispose();
    }

    // ---- plumbing: commands, parameters, guarded calls (internal: the dialects and search use them) ----

    /// <summary>Reads in keyset batches (<c>id &gt; @after LIMIT @limit</c>), so a long read holds no statement open between batches and memory stays bounded.</summary>
    private IEnumerable<T> Batches<T>(long after, string sql, Func<DbDataReader, T> map, Func<T, long> idOf)
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

    /// <summary>Runs a store call with the driver's errors turned into a <see cref="StoreException"/> that names the store.</summary>
    internal T Guard<T>(Func<T> action)
    {
        try
        {
            Dialect.BeforeCall(_connection, _transaction is not null);
            try { return action(); }
            catch (Exception e) when (_transaction is null && Dialect.ReconnectAfter(e))
            {
                return action();
            }
        }
        catch (Exception e) when (e is not StoreException && Dialect.Translate(e, Location, _transaction is not null) is { } translated)
        {
            throw translated;
        }
    }

    internal void Guard(Action action) => Guard(() => { action(); return 0; });

    /// <summary>Runs the migrations above the store's version in one transaction under the dialect's migration lock.</summary>
    internal void Migrate()
    {
        if (Dialect.AppliedVersion(this) is var applied && applied >= Dialect.Latest)
        {
            CheckNotNewer(applied);
            return;
        }
        // Another process may be creating or migrating the same store: take the lock, then look again.
        using var transaction = Dialect.BeginMigration(this);
        _transaction = transaction;
        try
        {
            Dialect.ClaimSchema(this);
            var current = Dialect.AppliedVersion(this);
            CheckNotNewer(current);
            foreach (var migration in Dialect.Migrations.Where(m => m.Version > current))
            {
                Execute(migration.Sql);
                Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                    ("version", migration.Version), ("name", migration.Name), ("at", Dialect.Timestamp(DateTimeOffset.UtcNow)));
            }
            transaction.Commit();
        }
        finally
        {
            _transaction = null;
        }
    }

    /// <summary>Runs <paramref name="statements"/> inside <paramref name="transaction"/> before the store holds it (a dialect setting up its locks).</summary>
    internal void WithTransaction(DbTransaction transaction, Action statements)
    {
        var held = _transaction;
        _transaction = transaction;
        try { statements(); }
        finally { _transaction = held; }
    }

    internal void CheckNotNewer(int applied)
    {
        if (applied > Dialect.Latest)
            throw new StoreException($"{Location} has schema version {applied}, written by a newer Kabar; this Kabar knows versions up to {Dialect.Latest}. Use a newer Kabar (the store was not changed)");
    }

    internal void EndTransaction()
    {
        try { _transaction?.Dispose(); }
        catch (Exception e) when (Dialect.Translate(e, Location, inTransaction: true) is not null) { /* the connection is gone: the database rolled back */ }
        _transaction = null;
    }

    private DbCommand Command(string sql, (string Name, object? Value)[] args)
    {
        DbCommand? command = null;
        if (Dialect.ReusesCommands && _prepared.TryGetValue(sql, out command)) command.Parameters.Clear();
        else
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            if (Dialect.ReusesCommands) _prepared[sql] = command;
        }
        command.Transaction = _transaction;
        foreach (var (name, value) in args)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = Dialect.ParameterPrefix + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    internal int Execute(string sql, params (string Name, object? Value)[] args)
    {
        var command = Command(sql, args);
        try { return command.ExecuteNonQuery(); }
        finally { if (!Dialect.ReusesCommands) command.Dispose(); }
    }

    internal object? Scalar(string sql, params (string Name, object? Value)[] args)
    {
        var command = Command(sql, args);
        try
        {
            var value = command.ExecuteScalar();
            return value is DBNull ? null : value;
        }
        finally { if (!Dialect.ReusesCommands) command.Dispose(); }
    }

    /// <summary>A reader over <paramref name="sql"/>; disposing it is enough (a command made for one call is collected with it).</summary>
    internal DbDataReader Reader(string sql, params (string Name, object? Value)[] args) => Command(sql, args).ExecuteReader();

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private DateOnly? Day(DbDataReader r, int i) => r.IsDBNull(i) ? null : Dialect.ReadDay(r, i);

    /// <summary>ISO 8601 in UTC with seven fraction digits: how SQLite keeps times, and the sortable publish key on every store.</summary>
    internal static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
