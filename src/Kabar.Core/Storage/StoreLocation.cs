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
}
