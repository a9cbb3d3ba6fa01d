using Microsoft.Data.Sqlite;

namespace Kabar.Storage.Sqlite;

/// <summary>Turns SQLite's error codes into messages that name the store and say what to do.</summary>
internal static class SqliteErrors
{
    // Primary result codes (https://sqlite.org/rescode.html).
    private const int Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADatabase = 26;

    public static StoreException Translate(SqliteException e, string location, int waitSeconds) => (e.SqliteErrorCode & 0xff) switch
    {
        Busy or Locked => new StoreException($"{location} is busy: another Kabar process kept it locked for more than {waitSeconds} s; run again when it has finished (nothing stored is lost)", e, StoreProblem.Busy),
        ReadOnly => new StoreException($"cannot write to {location}: the file or its folder is read-only (nothing stored is lost)", e, StoreProblem.ReadOnly),
        Full => new StoreException($"cannot write to {location}: the disk is full; free some space and run again (what was stored before is kept)", e, StoreProblem.Full),
        IoError => new StoreException($"cannot read or write {location}: disk I/O error ({e.Message}); what was stored before is kept", e),
        Corrupt => new StoreException($"{location} is damaged: {e.Message}", e),
        NotADatabase => new StoreException($"{location} is not a Kabar database (not an SQLite file)", e),
        CantOpen when !StoreLocation.FolderIsWritable(location) => new StoreException($"cannot write to {location}: its folder is read-only (nothing stored is lost)", e, StoreProblem.ReadOnly),
        CantOpen => new StoreException($"cannot open {location}: {e.Message}", e),
        _ => new StoreException($"{location}: {e.Message}", e),
    };
}
