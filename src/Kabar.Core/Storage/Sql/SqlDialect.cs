using System.Data.Common;
using Kabar.Model;

namespace Kabar.Storage.Sql;

/// <summary>
/// What differs between the databases Kabar stores into: how the schema is claimed and migrated,
/// how a writer takes the one write lock, how times and days are bound and read, how a list is
/// aggregated, and how a driver's errors become messages. Every query and the writer are said
/// once, in <see cref="SqlStore"/>, with <c>@name</c> parameters that both drivers bind.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>The versioned schema; a store above <see cref="Latest"/> was written by a newer Kabar.</summary>
    public abstract IReadOnlyList<SqlMigration> Migrations { get; }

    public int Latest => Migrations[^1].Version;

    /// <summary>Whether commands are kept prepared for reuse (SQLite: yes; a pooled server connection: one command per call).</summary>
    public abstract bool ReusesCommands { get; }

    /// <summary>
    /// Rows per multi-row insert of counts (template lines, document frequencies). A server wants few round
    /// trips, so many rows a statement; SQLite has no round trips but finds each named parameter by a walk over
    /// the statement's names, so a statement of n rows costs n² to bind (300 rows: 4% of a 10,000-page ingest).
    /// </summary>
    public virtual int CountRowsPerInsert => 300;

    /// <summary>Put before each parameter's name as it is bound: Microsoft.Data.Sqlite looks an unprefixed name up once as given and then again with '@'.</summary>
    public virtual string ParameterPrefix => "";

    /// <summary>The newest migration recorded in the store, 0 when it has none yet.</summary>
    public abstract int AppliedVersion(SqlStore store);

    /// <summary>Opens the transaction migrations run in, holding whatever lock keeps a second process from migrating at once.</summary>
    public abstract DbTransaction BeginMigration(SqlStore store);

    /// <summary>Inside the migration transaction: refuses a database that holds something else, and makes the migrations table.</summary>
    public abstract void ClaimSchema(SqlStore store);

    /// <summary>Opens the store's one write transaction, holding the write lock from its start.</summary>
    public abstract DbTransaction BeginWrite(SqlStore store);

    /// <summary>Called before every store call: a server connection lost outside a transaction connects again.</summary>
    public virtual void BeforeCall(DbConnection connection, bool inTransaction) { }

    /// <summary>
    /// Whether a call that failed with <paramref name="e"/> outside a transaction may run once more:
    /// a pooled server connection that a restart broke is replaced here, and the call, which
    /// changed nothing, is repeated. False for every other error.
    /// </summary>
    public virtual bool ReconnectAfter(Exception e) => false;

    /// <summary>A driver error as a message naming the store and the reason; null when <paramref name="e"/> is not a database error.</summary>
    public abstract StoreException? Translate(Exception e, string location, bool inTransaction);

    public abstract object Timestamp(DateTimeOffset time);
    public abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int column);
    public abstract object Day(DateOnly day);
    public abstract DateOnly ReadDay(DbDataReader reader, int column);

    /// <summary>An SQL aggregate of the distinct non-null values of <paramref name="column"/>, read back by <see cref="ReadList"/>.</summary>
    public abstract string DistinctList(string column);
    public abstract List<string> ReadList(DbDataReader reader, int column);

    /// <summary>SQL true when text <paramref name="column"/> holds the text of parameter <paramref name="parameter"/> (case-sensitive, no pattern: a LIKE '%..%' costs several times as much).</summary>
    public virtual string Holds(string column, string parameter) => $"instr({column}, {parameter}) > 0";

    /// <summary>A column the store keeps search terms in, filled from each article as it is written; null when search lives elsewhere.</summary>
    public virtual SearchColumn? Search(Article article) => null;

    /// <summary>A publish time as a key that sorts as time does: ISO 8601 in UTC, seven fraction digits, whatever the column type.</summary>
    public string PublishedKey(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null! : SqlStore.Iso(ReadTimestamp(reader, column));
}

/// <summary>One migration: runs once, in order, and is recorded; never edited once shipped.</summary>
public sealed record SqlMigration(int Version, string Name, string Sql);

/// <summary>A column written beside each article: its name, the SQL value over <see cref="Arguments"/>, and their values.</summary>
public sealed record SearchColumn(string Name, string Value, (string Name, object? Value)[] Arguments);
