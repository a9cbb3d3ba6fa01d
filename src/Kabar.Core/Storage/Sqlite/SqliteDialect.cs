using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Kabar.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Kabar.Storage.Sqlite;

/// <summary>
/// SQLite: a file marked as Kabar's by the header's application id, BEGIN IMMEDIATE as the write
/// lock, times as ISO 8601 text (which sorts as time does), days as <c>yyyy-MM-dd</c> text,
/// lists as JSON arrays. Search lives in a Lucene index beside the file, not in a column.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public override IReadOnlyList<SqlMigration> Migrations => SqliteSchema.Migrations;

    public override bool ReusesCommands => true;

    public override int CountRowsPerInsert => 32;

    public override string ParameterPrefix => "@";

    public override int AppliedVersion(SqlStore store)
    {
        // A file not marked as Kabar's has no Kabar migrations, whatever tables it holds.
        if (Identity(store).ApplicationId != SqliteSchema.ApplicationId) return 0;
        if (Convert.ToInt32(store.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations'"), CultureInfo.InvariantCulture) == 0)
            return 0;
        return store.Scalar("SELECT MAX(version) FROM schema_migrations") is long v ? (int)v : 0;
    }

    public override DbTransaction BeginMigration(SqlStore store)
    {
        RefuseForeign(store);
        return ((SqliteConnection)store.Connection).BeginTransaction(deferred: false);
    }

    public override void ClaimSchema(SqlStore store)
    {
        RefuseForeign(store);
        if (Identity(store).ApplicationId == SqliteSchema.ApplicationId) return;
        store.Execute($"PRAGMA application_id = {SqliteSchema.ApplicationId}");
        store.Execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }

    /// <summary>BEGIN IMMEDIATE: the transaction holds SQLite's write lock from its start.</summary>
    public override DbTransaction BeginWrite(SqlStore store) => ((SqliteConnection)store.Connection).BeginTransaction(deferred: false);

    public override StoreException? Translate(Exception e, string location, bool inTransaction) =>
        e is SqliteException s ? SqliteErrors.Translate(s, location, SqlStore.BusyTimeoutSeconds) : null;

    public override object Timestamp(DateTimeOffset time) => SqlStore.Iso(time);

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int column) =>
        DateTimeOffset.Parse(reader.GetString(column), CultureInfo.InvariantCulture);

    public override object Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override DateOnly ReadDay(DbDataReader reader, int column) =>
        DateOnly.ParseExact(reader.GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string DistinctList(string column) => $"json_group_array(DISTINCT {column}) FILTER (WHERE {column} IS NOT NULL)";

    public override List<string> ReadList(DbDataReader reader, int column) =>
        JsonSerializer.Deserialize<List<string>>(reader.GetString(column)) ?? [];

    /// <summary>The header's application id and the number of schema objects, read in one statement so another process's commit cannot fall between them.</summary>
    public static (int ApplicationId, int Objects) Identity(SqlStore store)
    {
        using var reader = store.Reader("SELECT (SELECT application_id FROM pragma_application_id()), (SELECT COUNT(*) FROM sqlite_master)");
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <summary>An SQLite file that holds something else (or was marked by another program) is never touched.</summary>
    private static void RefuseForeign(SqlStore store)
    {
        var (applicationId, objects) = Identity(store);
        if (applicationId != SqliteSchema.ApplicationId && (applicationId != 0 || objects > 0))
            throw new StoreException($"{store.Location} is an SQLite database but not a Kabar database; name another file with --db or {StoreLocation.EnvironmentVariable}");
    }
}
