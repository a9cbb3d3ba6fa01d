using System.Globalization;
using System.Text;
using System.Text.Json;
using Kabar.Model;
using Kabar.Stories;
using Microsoft.Data.Sqlite;

namespace Kabar.Storage.Sqlite;

/// <summary>
/// The default store: one SQLite file (WAL mode, so readers never wait for the writer), or an
/// in-memory database for a throwaway run. Every statement is prepared once and bound with
/// parameters; page text never becomes SQL.
/// </summary>
public sealed partial class SqliteKabarStore : IKabarStore
{
    /// <summary>How long a writer waits for another process's write transaction before giving up with a message.</summary>
    public const int BusyTimeoutSeconds = 60;

    private const int ReadBatch = 500;
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _prepared = [];
    private SqliteTransaction? _transaction;

    public string Location { get; }

    private SqliteKabarStore(SqliteConnection connection, string location)
    {
        _connection = connection;
        Location = location;
    }

    /// <summary>Opens (or creates) the store file at <paramref name="path"/>, migrating an older schema.</summary>
    /// <exception cref="StoreException">The file is not a Kabar database, is from a newer Kabar, or cannot be opened.</exception>
    public static SqliteKabarStore Open(string path)
    {
        CheckFile(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = BusyTimeoutSeconds,
        };
        return OpenWith(builder, path, wal: true, readOnly: false);
    }

    /// <summary>
    /// Opens an existing store only to read it, for when its file or folder is read-only. On a
    /// read-only folder SQLite cannot make its shared-memory file, so the file is opened as
    /// immutable: nobody can be writing to it there.
    /// </summary>
    public static SqliteKabarStore OpenReadOnly(string path)
    {
        CheckFile(path);
        if (!File.Exists(path)) throw new StoreException($"there is no Kabar database at {path}");
        var source = StoreLocation.FolderIsWritable(path)
            ? path
            : "file:" + Uri.EscapeDataString(Path.GetFullPath(path)).Replace("%2F", "/") + "?immutable=1";
        var builder = new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = BusyTimeoutSeconds };
        return OpenWith(builder, path, wal: false, readOnly: true);
    }

    /// <summary>A store that lives in memory and is gone when disposed (for `kabar brief`).</summary>
    public static SqliteKabarStore OpenInMemory()
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = ":memory:", Pooling = false };
        return OpenWith(builder, ":memory:", wal: false, readOnly: false);
    }

    private static SqliteKabarStore OpenWith(SqliteConnectionStringBuilder builder, string location, bool wal, bool readOnly)
    {
        var connection = new SqliteConnection(builder.ToString());
        var store = new SqliteKabarStore(connection, location);
        try
        {
            connection.Open();
            store.Execute($"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}");
            store.Execute("PRAGMA foreign_keys = ON");
            if (readOnly) store.CheckReadable();
            else store.Migrate();
            if (wal)
            {
                store.Execute("PRAGMA journal_mode = WAL");
                // FULL: a committed chunk survives a power cut too, at one fsync per chunk.
                store.Execute("PRAGMA synchronous = FULL");
            }
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw SqliteErrors.Translate(e, location, BusyTimeoutSeconds);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Refuses, before SQLite touches it, a path that is a folder or a file that is not SQLite.</summary>
    private static void CheckFile(string path)
    {
        if (Directory.Exists(path)) throw new StoreException($"{path} is a folder, not a Kabar database file");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder)) throw new StoreException($"cannot create {path}: the folder {folder} does not exist");
        if (!File.Exists(path)) return;
        try
        {
            using var file = File.OpenRead(path);
            if (file.Length == 0) return;
            var header = new byte[SqliteHeader.Length];
            if (file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
                throw new StoreException($"{path} is not a Kabar database (not an SQLite file); name another file with --db or {StoreLocation.EnvironmentVariable}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot read {path}: {e.Message}", e);
        }
    }

    private void Migrate()
    {
        RefuseForeign();
        if (Identity().ApplicationId == SqliteSchema.ApplicationId && AppliedVersion() is var applied && applied >= SqliteSchema.Latest)
        {
            CheckNotNewer(applied);
            return;
        }
        // Another process may be creating or migrating the same file: take the write lock, then look again.
        using var transaction = _connection.BeginTransaction(deferred: false);
        _transaction = transaction;
        try
        {
            RefuseForeign();
            if (Identity().ApplicationId != SqliteSchema.ApplicationId)
            {
                Execute($"PRAGMA application_id = {SqliteSchema.ApplicationId}");
                Execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            var current = AppliedVersion();
            CheckNotNewer(current);
            foreach (var migration in SqliteSchema.Migrations.Where(m => m.Version > current))
            {
                Execute(migration.Sql);
                Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at)",
                    ("$version", migration.Version), ("$name", migration.Name), ("$at", Now()));
            }
            transaction.Commit();
        }
        finally
        {
            _transaction = null;
        }
    }

    /// <summary>The header's application id and the number of schema objects, read in one statement so another process's commit cannot fall between them.</summary>
    private (int ApplicationId, int Objects) Identity()
    {
        using var reader = Reader("SELECT (SELECT application_id FROM pragma_application_id()), (SELECT COUNT(*) FROM sqlite_master)");
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <summary>An SQLite file that holds something else (or was marked by another program) is never touched.</summary>
    private void RefuseForeign()
    {
        var (applicationId, objects) = Identity();
        if (applicationId != SqliteSchema.ApplicationId && (applicationId != 0 || objects > 0))
            throw new StoreException($"{Location} is an SQLite database but not a Kabar database; name another file with --db or {StoreLocation.EnvironmentVariable}");
    }

    /// <summary>For a read-only open: the file must be a Kabar store at this Kabar's schema (it cannot be migrated).</summary>
    private void CheckReadable()
    {
        if (Identity().ApplicationId != SqliteSchema.ApplicationId)
            throw new StoreException($"{Location} is not a Kabar database; name another file with --db or {StoreLocation.EnvironmentVariable}");
        var applied = AppliedVersion();
        CheckNotNewer(applied);
        if (applied < SqliteSchema.Latest)
            throw new StoreException($"{Location} has schema version {applied} and needs upgrading to {SqliteSchema.Latest}, which cannot be done while it is read-only");
    }

    private int AppliedVersion()
    {
        if (Convert.ToInt32(Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations'"), CultureInfo.InvariantCulture) == 0)
            return 0;
        return Scalar("SELECT MAX(version) FROM schema_migrations") is long v ? (int)v : 0;
    }

    private void CheckNotNewer(int applied)
    {
        if (applied > SqliteSchema.Latest)
            throw new StoreException($"{Location} has schema version {applied}, written by a newer Kabar; this Kabar knows versions up to {SqliteSchema.Latest}. Use a newer Kabar (the file was not changed)");
    }

    /// <summary>The schema version the store is at.</summary>
    public int SchemaVersion => Guard(AppliedVersion);

    public bool ContainsContent(string contentHash) =>
        Guard(() => Scalar("SELECT 1 FROM pages WHERE content_hash = $hash", ("$hash", contentHash)) is not null);

    public IStoreWriter BeginWrite() => Guard(() =>
    {
        if (_transaction is not null) throw new InvalidOperationException("a write transaction is already open on this store");
        _transaction = _connection.BeginTransaction(deferred: false);
        return (IStoreWriter)new Writer(this);
    });

    public StoreCounts Counts() => Guard(() => new StoreCounts(
        Count("SELECT COUNT(*) FROM pages"),
        Count("SELECT COUNT(*) FROM articles"),
        Count("SELECT COUNT(*) FROM pages WHERE failure IS NOT NULL"),
        Count("SELECT COUNT(*) FROM events"),
        Count("SELECT COUNT(*) FROM stories")));

    public IEnumerable<StoredFeatures> Features(long afterArticleId = 0) =>
        Batches(afterArticleId, "SELECT id, features FROM articles WHERE id > $after ORDER BY id LIMIT $limit",
            r => new StoredFeatures(r.GetInt64(0), StageJson.ReadFeatures(r.GetString(1))), f => f.ArticleId);

    public StoredClusters Clusters() => Guard(() => StoredRows.Clusters(sql => Reader(sql)));

    public IEnumerable<StoredPage> Pages() =>
        Batches(0, """
            SELECT p.id, p.source, p.raw, p.url, p.charset, p.fetched, p.content_hash, a.id IS NOT NULL
            FROM pages p LEFT JOIN articles a ON a.page_id = p.id WHERE p.id > $after ORDER BY p.id LIMIT $limit
            """,
            r => new StoredPage(r.GetInt64(0),
                new RawDocument(r.GetString(1), (byte[])r.GetValue(2), NullableString(r, 3), NullableString(r, 4),
                    r.IsDBNull(5) ? null : DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture)),
                r.GetString(6), r.GetBoolean(7)),
            p => p.Id);

    public IEnumerable<StoredArticle> Articles(long afterArticleId = 0) =>
        Batches(afterArticleId, """
            SELECT a.id, a.page_id, a.article_json, a.event_id, e.story_id
            FROM articles a LEFT JOIN events e ON e.id = a.event_id WHERE a.id > $after ORDER BY a.id LIMIT $limit
            """,
            ReadArticleRow, a => a.Id);

    private static StoredArticle ReadArticleRow(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), StageJson.ReadArticle(r.GetString(2)), NullableString(r, 3), NullableString(r, 4));

    public StoredArticle? Article(long articleId) => Guard(() =>
    {
        using var reader = Reader("""
            SELECT a.id, a.page_id, a.article_json, a.event_id, e.story_id
            FROM articles a LEFT JOIN events e ON e.id = a.event_id WHERE a.id = $id
            """, ("$id", articleId));
        return reader.Read() ? ReadArticleRow(reader) : null;
    });

    public AnnotatedArticle? Annotated(long articleId) => Guard(() =>
    {
        using var reader = Reader("SELECT article_json, annotation FROM articles WHERE id = $id", ("$id", articleId));
        return reader.Read() ? StageJson.ReadAnnotation(StageJson.ReadArticle(reader.GetString(0)), (byte[])reader.GetValue(1)) : null;
    });

    public IEnumerable<StoredFailure> Failures() => Guard(() =>
    {
        var list = new List<StoredFailure>();
        using var reader = Reader("SELECT id, source, failure, ingested_at FROM pages WHERE failure IS NOT NULL ORDER BY id");
        while (reader.Read())
            list.Add(new StoredFailure(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture)));
        return list;
    });

    public IReadOnlyList<StorySummary> Stories() => Guard(() => ReadStories(null));

    public StorySummary? Story(string storyId) => Guard(() => ReadStories(storyId).FirstOrDefault());

    public StorySummary? StoryOfArticle(long articleId) => Guard(() =>
        Scalar("SELECT e.story_id FROM articles a JOIN events e ON e.id = a.event_id WHERE a.id = $id", ("$id", articleId)) is string story
            ? ReadStories(story).FirstOrDefault()
            : null);

    public StoryContents? Contents(string storyId, int maxArticles = int.MaxValue) => Guard(() =>
    {
        var members = new List<StoredRows.Member>();
        using (var reader = Reader("""
            SELECT e.id, a.source, a.published_key FROM events e JOIN articles a ON a.event_id = e.id
            WHERE e.story_id = $story ORDER BY a.source
            """, ("$story", storyId)))
        {
            while (reader.Read()) members.Add(new(reader.GetString(0), reader.GetString(1), NullableString(reader, 2)));
        }
        if (members.Count == 0) return null;
        var articles = new List<AnnotatedArticle>();
        using (var reader = Reader("""
            SELECT a.article_json, a.annotation FROM articles a JOIN events e ON e.id = a.event_id
            WHERE e.story_id = $story ORDER BY a.published_key IS NULL, a.published_key, a.source LIMIT $limit
            """, ("$story", storyId), ("$limit", maxArticles)))
        {
            while (reader.Read())
                articles.Add(StageJson.ReadAnnotation(StageJson.ReadArticle(reader.GetString(0)), (byte[])reader.GetValue(1)));
        }
        return StoredRows.Contents(storyId, members, articles);
    });

    public string? Setting(string key) => Guard(() => Scalar("SELECT value FROM kabar_meta WHERE key = $key", ("$key", key)) as string);

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
                WHERE $story IS NULL OR e.story_id = $story
            ),
            ranked AS (
                SELECT story_id, title, lead,
                       ROW_NUMBER() OVER (PARTITION BY story_id ORDER BY published_key IS NULL, published_key, id) AS n
                FROM members
            ),
            totals AS (
                SELECT story_id, COUNT(*) AS articles, MIN(published_day) AS first_day, MAX(published_day) AS last_day,
                       json_group_array(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets
                FROM members GROUP BY story_id
            )
            SELECT s.id, r.title, r.lead, t.articles, t.first_day, t.last_day, t.outlets, s.updated_at
            FROM stories s
            JOIN totals t ON t.story_id = s.id
            JOIN ranked r ON r.story_id = s.id AND r.n = 1
            ORDER BY t.last_day IS NULL, t.last_day DESC, s.updated_at DESC, s.id
            """, ("$story", storyId));
        var list = new List<StorySummary>();
        while (reader.Read())
        {
            var outlets = reader.IsDBNull(6) ? [] : JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? [];
            outlets.Sort(StringComparer.Ordinal);
            list.Add(new StorySummary(reader.GetString(0), reader.GetString(1), reader.GetInt32(3), outlets,
                Day(reader, 4), Day(reader, 5), reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture)));
        }
        return list;
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values) command.Dispose();
        _prepared.Clear();
        _transaction?.Dispose();
        _connection.Dispose();
    }

    // ---- plumbing: prepared commands, parameters, guarded calls ----

    /// <summary>Reads in keyset batches (<c>id &gt; $after LIMIT $limit</c>), so a long read holds no statement open between batches and memory stays bounded.</summary>
    private IEnumerable<T> Batches<T>(long after, string sql, Func<SqliteDataReader, T> map, Func<T, long> idOf)
    {
        while (true)
        {
            var batch = Guard(() =>
            {
                var items = new List<T>();
                using var reader = Reader(sql, ("$after", after), ("$limit", ReadBatch));
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
        try { return action(); }
        catch (SqliteException e) { throw SqliteErrors.Translate(e, Location, BusyTimeoutSeconds); }
    }

    private void Guard(Action action) => Guard(() => { action(); return 0; });

    private SqliteCommand Command(string sql, (string Name, object? Value)[] args)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }
        command.Transaction = _transaction;
        foreach (var (name, value) in args)
        {
            var bound = value ?? DBNull.Value;
            if (command.Parameters.Contains(name)) command.Parameters[name].Value = bound;
            else command.Parameters.AddWithValue(name, bound);
        }
        return command;
    }

    private int Execute(string sql, params (string Name, object? Value)[] args) => Command(sql, args).ExecuteNonQuery();

    private object? Scalar(string sql, params (string Name, object? Value)[] args)
    {
        var value = Command(sql, args).ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private int Count(string sql) => Convert.ToInt32(Scalar(sql), CultureInfo.InvariantCulture);

    private SqliteDataReader Reader(string sql, params (string Name, object? Value)[] args) => Command(sql, args).ExecuteReader();

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? Day(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Now() => Iso(DateTimeOffset.UtcNow);

    private static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The first sentence of the body, for one-line summaries.</summary>
    private static string Lead(AnnotatedArticle a)
    {
        var text = a.Sentences.Count > 0 ? a.Text(a.Sentences[0].Span) : a.Body;
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 240 ? text[..240].TrimEnd() + "…" : text;
    }
}
