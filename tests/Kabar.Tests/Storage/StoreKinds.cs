using System.Globalization;
using System.Reflection;
using Kabar.Storage;
using Kabar.Storage.Postgres;
using Npgsql;
using Xunit.Sdk;

namespace Kabar.Tests.Storage;

/// <summary>The stores the store tests run against.</summary>
public enum StoreKind { Sqlite, Postgres }

/// <summary>
/// The PostgreSQL server the tests use: <c>KABAR_TEST_POSTGRES</c> (a URI to a server where the
/// user may create databases; <c>.ci/run</c> starts one and sets it). Without it the PostgreSQL
/// tests are skipped and say why; in CI they run.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "KABAR_TEST_POSTGRES";

    public static string? ServerUri => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } uri ? uri : null;

    public static string? SkipReason => ServerUri is null
        ? $"no PostgreSQL server: set {EnvironmentVariable}=postgres://... (.ci/run does)"
        : null;
}

/// <summary>A test that needs a PostgreSQL server: skipped, with the reason, when there is none.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>A theory that needs a PostgreSQL server: skipped, with the reason, when there is none.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (TestPostgres.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>
/// The SQLite row of a store theory: <c>[Theory, SqliteStore, PostgresStore]</c> runs a test on
/// both stores (the PostgreSQL row is skipped with the reason when there is no server).
/// </summary>
public sealed class SqliteStoreAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreKind.Sqlite]];
}

/// <summary>The PostgreSQL row of a store theory, skipped with the reason when there is no server.</summary>
public sealed class PostgresStoreAttribute : DataAttribute
{
    public PostgresStoreAttribute()
    {
        if (TestPostgres.SkipReason is { } reason) Skip = reason;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreKind.Postgres]];
}

/// <summary>
/// One test's store, new and empty: an SQLite file in a temporary folder, or a database of its
/// own on the test server (CREATE DATABASE kabar_test_..., dropped afterwards), so tests run in
/// parallel. <see cref="Temp"/> is a folder for the test's pages either way.
/// </summary>
public sealed class TestStore : IDisposable
{
    public StoreKind Kind { get; }
    public TempFolder Temp { get; } = new();

    /// <summary>What --db and KABAR_DB take.</summary>
    public string Location { get; }

    private readonly string? _database;

    private readonly string? _server;

    /// <param name="server">For PostgreSQL, a server other than <see cref="TestPostgres.ServerUri"/> (a test's own).</param>
    public TestStore(StoreKind kind, string? server = null)
    {
        Kind = kind;
        _server = server;
        if (kind == StoreKind.Sqlite)
        {
            Location = Temp.Db;
            return;
        }
        server ??= TestPostgres.ServerUri ?? throw new InvalidOperationException(TestPostgres.SkipReason);
        _database = "kabar_test_" + Guid.NewGuid().ToString("N");
        using (var admin = Admin())
            Run(admin, $"CREATE DATABASE {_database}");
        Location = WithDatabase(server, _database);
    }

    public IKabarStore Open() => StoreFactory.Open(Location, write: true);

    /// <summary>A number read from the store's tables directly, as a check from outside the program.</summary>
    public long Scalar(string sql)
    {
        if (Kind == StoreKind.Sqlite) return StoreFile.Scalar(Location, sql);
        using var connection = Connect();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    public void Execute(string sql)
    {
        if (Kind == StoreKind.Sqlite) { StoreFile.Execute(Location, sql); return; }
        using var connection = Connect();
        Run(connection, sql);
    }

    /// <summary>A connection to this test's database with Kabar's schema on the search path.</summary>
    public NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(PostgresLocation.Parse(Location).ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        Temp.Dispose();
        if (_database is null) return;
        NpgsqlConnection.ClearAllPools();
        using var admin = Admin();
        Run(admin, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    /// <summary>The server's own 'postgres' database, where databases are made and dropped.</summary>
    private NpgsqlConnection Admin()
    {
        var connection = new NpgsqlConnection(PostgresLocation.Parse(WithDatabase(_server ?? TestPostgres.ServerUri!, "postgres")).ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Run(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The server URI with another database in its path (query kept).</summary>
    public static string WithDatabase(string uri, string database)
    {
        var builder = new UriBuilder(uri) { Path = "/" + database };
        return builder.Uri.ToString();
    }
}
