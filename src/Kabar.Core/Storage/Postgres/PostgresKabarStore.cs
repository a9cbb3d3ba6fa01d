using Kabar.Storage.Sql;
using Npgsql;

namespace Kabar.Storage.Postgres;

/// <summary>
/// Opens the store on a PostgreSQL server, for several Kabar processes (on several machines)
/// sharing one corpus. Same contract and behaviour as the SQLite store, since it is the same
/// <see cref="SqlStore"/>; what is PostgreSQL's own is <see cref="PostgresDialect"/>'s.
/// </summary>
public static class PostgresKabarStore
{
    /// <summary>Opens (or creates) the store a URI or connection string names, migrating an older schema.</summary>
    /// <exception cref="StoreException">The server cannot be reached or refuses the login, the database is missing, the schema holds something else or is newer.</exception>
    public static SqlStore Open(string location) => Open(PostgresLocation.Parse(location));

    public static SqlStore Open(PostgresLocation location)
    {
        var connection = new NpgsqlConnection(location.ConnectionString);
        var store = new SqlStore(connection, new PostgresDialect(location, connection), location.Display);
        try
        {
            connection.Open();
            store.Migrate();
            return store;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            store.Dispose();
            throw PostgresErrors.Translate(e, location, inTransaction: false, SqlStore.BusyTimeoutSeconds);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Whether <paramref name="store"/> keeps its search terms on a PostgreSQL server.</summary>
    public static bool IsPostgres(IKabarStore store) => store is SqlStore { Dialect: PostgresDialect };
}
