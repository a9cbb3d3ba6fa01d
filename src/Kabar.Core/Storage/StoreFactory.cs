using Kabar.Storage.Postgres;
using Kabar.Storage.Sqlite;

namespace Kabar.Storage;

/// <summary>
/// Opens the store a location names: a PostgreSQL server for <c>postgres://</c>, <c>postgresql://</c>
/// or an Npgsql connection string (<c>Host=...;Database=...</c>), else an SQLite file path.
/// Every command that works on a store opens it here, so <c>--db</c> and <c>KABAR_DB</c> mean the same everywhere.
/// </summary>
public static class StoreFactory
{
    /// <summary>True when <paramref name="location"/> names a PostgreSQL server rather than an SQLite file.</summary>
    public static bool IsPostgres(string location) => PostgresLocation.IsPostgres(location);

    /// <summary>
    /// Opens the store at <paramref name="location"/>, creating (or migrating) it when
    /// <paramref name="write"/>. To read only, an SQLite file or folder that is read-only is read
    /// as it is; a PostgreSQL store is read by a role that may not create tables as long as its
    /// schema is current.
    /// </summary>
    /// <exception cref="StoreException">The store cannot be opened; the message names it (never a password) and says why.</exception>
    public static IKabarStore Open(string location, bool write)
    {
        if (IsPostgres(location)) return PostgresKabarStore.Open(location);
        if (write) return SqliteKabarStore.Open(location);
        try { return SqliteKabarStore.Open(location); }
        catch (StoreException e) when (e.Problem == StoreProblem.ReadOnly)
        {
            return SqliteKabarStore.OpenReadOnly(location);
        }
    }

    /// <summary>True when there is something at <paramref name="location"/> to read: an SQLite file that exists; a server is always asked.</summary>
    public static bool MayExist(string location) => IsPostgres(location) || File.Exists(location);

    /// <summary>How a location is shown in messages: a PostgreSQL URI without its password, a path as given.</summary>
    public static string Display(string location) =>
        IsPostgres(location) ? PostgresLocation.Redact(location) : location;
}
