using System.CommandLine;
using Kabar.Storage;

namespace Kabar.Cli;

/// <summary>How commands that work on the store find and open it, and report a store they cannot use.</summary>
internal static class StoreAccess
{
    public static Option<string?> Db() => new("--db")
    {
        Description = $"The Kabar database: a file, or a PostgreSQL server as postgres://user:password@host:port/database (default: ${StoreLocation.EnvironmentVariable}, else {StoreLocation.DefaultFileName} in the working folder).",
    };

    /// <summary>Opens the store (creating it when <paramref name="create"/>) and runs <paramref name="work"/>; a store problem is a message and exit 1.</summary>
    public static int With(string command, string? db, bool create, Func<IKabarStore, int> work)
    {
        var path = StoreLocation.Resolve(db);
        if (!create && !StoreFactory.MayExist(path))
        {
            Console.Error.WriteLine($"kabar {command}: there is no Kabar database at {path}; run 'kabar ingest PATH...' first, or name one with --db or ${StoreLocation.EnvironmentVariable}");
            return ExitCodes.AllFailed;
        }
        try
        {
            using var store = StoreFactory.Open(path, create);
            return work(store);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"kabar {command}: {e.Message}");
            return ExitCodes.AllFailed;
        }
    }
}
