using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Kabar.Language;
using Kabar.Model;
using Kabar.Storage.Sql;
using Npgsql;

namespace Kabar.Storage.Postgres;

/// <summary>
/// PostgreSQL: the store's tables in a schema of their own, advisory locks standing in for
/// SQLite's BEGIN IMMEDIATE (one writer at a time, one migrator at a time), times as timestamptz
/// in UTC, days as date, lists as arrays, and the search terms in a tsvector column written with
/// each article (<see cref="Search.PostgresArticleSearch"/> queries it).
/// </summary>
internal sealed class PostgresDialect(PostgresLocation location, NpgsqlConnection connection) : SqlDialect
{
    private readonly long _writeLock = LockKey("write", location.Schema);
    private readonly long _migrationLock = LockKey("migrate", location.Schema);

    public override string Holds(string column, string parameter) => $"strpos({column}, {parameter}) > 0";

    public override IReadOnlyList<SqlMigration> Migrations => PostgresSchema.Migrations;

    public override bool ReusesCommands => false;

    public override int AppliedVersion(SqlStore store) =>
        HasMigrationTable(store) && store.Scalar("SELECT MAX(version) FROM schema_migrations") is int v ? v : 0;

    public override DbTransaction BeginMigration(SqlStore store)
    {
        var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        try
        {
            Within(store, transaction, () =>
            {
                store.Execute("SELECT pg_advisory_xact_lock(@key)", ("key", _migrationLock));
                if (store.Scalar("SELECT 1 FROM pg_namespace WHERE nspname = @schema", ("schema", location.Schema)) is null)
                    store.Execute($"CREATE SCHEMA \"{location.Schema}\"");
            });
            return transaction;
        }
        catch
        {
            transaction.Dispose();
            throw;
        }
    }

    /// <summary>A schema of that name that holds tables but no Kabar migrations belongs to someone else and is never touched.</summary>
    public override void ClaimSchema(SqlStore store)
    {
        if (!HasMigrationTable(store))
        {
            var tables = Convert.ToInt64(store.Scalar("SELECT COUNT(*) FROM pg_tables WHERE schemaname = @schema", ("schema", location.Schema)), CultureInfo.InvariantCulture);
            if (tables > 0)
                throw new StoreException($"{store.Location}: the schema '{location.Schema}' holds tables that are not a Kabar store; name another schema with ?schema=NAME");
        }
        store.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)");
    }

    public override DbTransaction BeginWrite(SqlStore store)
    {
        // Read committed whatever the server's default: once the lock is held, every statement
        // sees what the previous writer committed (the pipeline's catch-up needs exactly that).
        var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        try
        {
            // One writer at a time, like SQLite's BEGIN IMMEDIATE: the ingest pipeline catches its
            // story engine up inside this transaction and relies on nobody writing meanwhile.
            Within(store, transaction, () =>
            {
                store.Execute($"SET LOCAL lock_timeout = '{SqlStore.BusyTimeoutSeconds}s'");
                store.Execute("SELECT pg_advisory_xact_lock(@key)", ("key", _writeLock));
            });
            return transaction;
        }
        catch
        {
            try { transaction.Dispose(); }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { /* the connection is gone; the server rolled back */ }
            throw;
        }
    }

    /// <summary>
    /// After a lost connection (server restart, network cut) the next call outside a transaction
    /// connects again, as a call on an SQLite file would simply work again; inside a transaction
    /// the loss stays an error, since what that transaction did is gone.
    /// </summary>
    public override void BeforeCall(DbConnection _, bool inTransaction)
    {
        if (inTransaction || connection.FullState == ConnectionState.Open) return;
        connection.Close();
        connection.Open();
    }

    public override bool ReconnectAfter(Exception e)
    {
        if (!PostgresErrors.ConnectionLost(e)) return false;
        // The pooled connection died with a server restart and nobody knew until now: a call
        // outside a transaction changed nothing, so it runs once more on a new connection, and a
        // caller sees no error once the server is back.
        NpgsqlConnection.ClearPool(connection);
        connection.Close();
        connection.Open();
        return true;
    }

    public override StoreException? Translate(Exception e, string _, bool inTransaction) =>
        e is NpgsqlException || (e is InvalidOperationException && connection.FullState != ConnectionState.Open)
            ? PostgresErrors.Translate(e, location, inTransaction, SqlStore.BusyTimeoutSeconds)
            : null;

    public override object Timestamp(DateTimeOffset time) => time.ToUniversalTime();

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int column) => reader.GetFieldValue<DateTimeOffset>(column);

    public override object Day(DateOnly day) => day;

    public override DateOnly ReadDay(DbDataReader reader, int column) => reader.GetFieldValue<DateOnly>(column);

    public override string DistinctList(string column) => $"array_agg(DISTINCT {column}) FILTER (WHERE {column} IS NOT NULL)";

    public override List<string> ReadList(DbDataReader reader, int column) => [.. reader.GetFieldValue<string[]>(column)];

    public override SearchColumn Search(Article article) => new(
        "search",
        "setweight(to_tsvector('simple', @title_terms), 'A') || to_tsvector('simple', @body_terms)",
        [("title_terms", SearchTerms(article.Subtitle is null ? article.Title : article.Title + "\n" + article.Subtitle)), ("body_terms", SearchTerms(article.Body))]);

    /// <summary>
    /// The words of <paramref name="text"/> as search matches them: the stems of Lucene's
    /// Indonesian analyzer (as the SQLite store's Lucene index makes them), space-joined for
    /// to_tsvector('simple'), which only splits and lower-cases. Queries go through the same path.
    /// </summary>
    internal static string SearchTerms(string text) => string.Join(' ', TextAnalysis.Terms(text, "id"));

    /// <summary>Runs the statements that set up a transaction the store does not hold yet.</summary>
    private static void Within(SqlStore store, DbTransaction transaction, Action statements) => store.WithTransaction(transaction, statements);

    private bool HasMigrationTable(SqlStore store) =>
        store.Scalar("SELECT 1 FROM pg_tables WHERE schemaname = @schema AND tablename = 'schema_migrations'", ("schema", location.Schema)) is not null;

    /// <summary>A stable advisory-lock key per purpose and schema, so two stores in one database do not block each other.</summary>
    private static long LockKey(string purpose, string schema)
    {
        var hash = 14695981039346656037UL; // 64-bit FNV-1a: stable across processes and machines (string.GetHashCode is not)
        foreach (var b in Encoding.UTF8.GetBytes($"kabar:{purpose}:{schema}")) hash = (hash ^ b) * 1099511628211UL;
        return unchecked((long)hash);
    }
}
