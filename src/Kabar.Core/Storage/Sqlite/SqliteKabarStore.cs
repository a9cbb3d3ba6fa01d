using Kabar.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Kabar.Storage.Sqlite;

/// <summary>
/// Opens the default store: one SQLite file (WAL mode, so readers never wait for the writer), a
/// read-only file, or an in-memory database for a throwaway run. What the store does is
/// <see cref="SqlStore"/>'s; what is SQLite's own is <see cref="SqliteDialect"/>'s.
/// </summary>
public static class SqliteKabarStore
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>Opens (or creates) the store file at <paramref name="path"/>, migrating an older schema.</summary>
    /// <exception cref="StoreException">The file is not a Kabar database, is from a newer Kabar, or cannot be opened.</exception>
    public static SqlStore Open(string path)
    {
        CheckFile(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = SqlStore.BusyTimeoutSeconds,
        };
        return OpenWith(builder, path, wal: true, readOnly: false);
    }

    /// <summary>
    /// Opens an existing store only to read it, for when its file or folder is read-only. On a
    /// read-only folder SQLite cannot make its shared-memory file, so the file is opened as
    /// immutable: nobody can be writing to it there.
    /// </summary>
    public static SqlStore OpenReadOnly(string path)
    {
        CheckFile(path);
        if (!File.Exists(path)) throw new StoreException($"there is no Kabar database at {path}");
        var source = StoreLocation.FolderIsWritable(path)
            ? path
            : "file:" + Uri.EscapeDataString(Path.GetFullPath(path)).Replace("%2F", "/") + "?immutable=1";
        var builder = new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = SqlStore.BusyTimeoutSeconds };
        return OpenWith(builder, path, wal: false, readOnly: true);
    }

    /// <summary>A store that lives in memory and is gone when disposed (for `kabar brief`).</summary>
    public static SqlStore OpenInMemory()
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = ":memory:", Pooling = false };
        return OpenWith(builder, ":memory:", wal: false, readOnly: false);
    }

    private static SqlStore OpenWith(SqliteConnectionStringBuilder builder, string location, bool wal, bool readOnly)
    {
        var connection = new SqliteConnection(builder.ToString());
        var store = new SqlStore(connection, SqliteDialect.Instance, location);
        try
        {
            connection.Open();
            store.Execute($"PRAGMA busy_timeout = {SqlStore.BusyTimeoutSeconds * 1000}");
            store.Execute("PRAGMA foreign_keys = ON");
            if (readOnly) CheckReadable(store);
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
            store.Dispose();
            throw SqliteErrors.Translate(e, location, SqlStore.BusyTimeoutSeconds);
        }
        catch
        {
            store.Dispose();
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

    /// <summary>For a read-only open: the file must be a Kabar store at this Kabar's schema (it cannot be migrated).</summary>
    private static void CheckReadable(SqlStore store)
    {
        if (SqliteDialect.Identity(store).ApplicationId != SqliteSchema.ApplicationId)
            throw new StoreException($"{store.Location} is not a Kabar database; name another file with --db or {StoreLocation.EnvironmentVariable}");
        var applied = SqliteDialect.Instance.AppliedVersion(store);
        store.CheckNotNewer(applied);
        if (applied < SqliteDialect.Instance.Latest)
            throw new StoreException($"{store.Location} has schema version {applied} and needs upgrading to {SqliteDialect.Instance.Latest}, which cannot be done while it is read-only");
    }
}
