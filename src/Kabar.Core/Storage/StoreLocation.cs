namespace Kabar.Storage;

/// <summary>Where the store is when a command does not say: <c>--db PATH</c>, else <c>KABAR_DB</c>, else <c>kabar.db</c> in the working folder.</summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "KABAR_DB";
    public const string DefaultFileName = "kabar.db";

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option)) return option;
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(env) ? DefaultFileName : env;
    }

    /// <summary>Whether a file can be created beside <paramref name="location"/> (SQLite needs that for its journal; the search index lives there).</summary>
    public static bool FolderIsWritable(string location)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(location)) ?? ".";
        var probe = Path.Combine(folder, $".kabar-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
