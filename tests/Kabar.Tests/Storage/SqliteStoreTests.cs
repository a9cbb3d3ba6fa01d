using Kabar.Storage;
using Kabar.Storage.Sqlite;

namespace Kabar.Tests.Storage;

/// <summary>What only the SQLite store has to show; what every store does is in <see cref="StoreContractTests"/>.</summary>
public class SqliteStoreTests
{
    [Fact]
    public void A_store_file_is_in_wal_mode_so_readers_never_wait_for_the_writer()
    {
        using var temp = new TempFolder();
        SqliteKabarStore.Open(temp.Db).Dispose();
        Assert.Equal("wal", JournalMode(temp.Db));
    }

    [Fact]
    public void A_newer_store_file_is_left_byte_for_byte_as_it_was()
    {
        using var temp = new TempFolder();
        SqliteKabarStore.Open(temp.Db).Dispose();
        StoreFile.Execute(temp.Db, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', '2030-01-01')");
        var before = File.ReadAllBytes(temp.Db);
        Assert.Throws<StoreException>(() => SqliteKabarStore.Open(temp.Db));
        Assert.Equal(before, File.ReadAllBytes(temp.Db));
    }

    [Fact]
    public void A_file_that_is_not_a_kabar_database_is_refused_and_left_unchanged()
    {
        using var temp = new TempFolder();
        var text = temp.File("notes.db");
        File.WriteAllText(text, "these are my notes, not a database");
        var e = Assert.Throws<StoreException>(() => SqliteKabarStore.Open(text));
        Assert.Contains("not a Kabar database", e.Message);
        Assert.Equal("these are my notes, not a database", File.ReadAllText(text));

        var other = temp.File("other.db");
        StoreFile.Execute(other, "CREATE TABLE contacts (name TEXT)");
        e = Assert.Throws<StoreException>(() => SqliteKabarStore.Open(other));
        Assert.Contains("not a Kabar database", e.Message);
        Assert.Equal(0, StoreFile.Scalar(other, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'pages'"));
    }

    private static string JournalMode(string db)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }
}
