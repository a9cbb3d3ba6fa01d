using System.Diagnostics;

namespace Kabar.Tests.Storage;

/// <summary>A server on a free port in a temporary folder, through the same script CI uses.</summary>
public sealed class OwnPostgresServer : IDisposable
{
    private readonly string _script = Environment.GetEnvironmentVariable(Kabar.Tests.Cluster.PostgresRestartTests.ScriptVariable)!;
    // Made by the script, so the server's own user (postgres, when the tests run as root) owns it.
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kabar-pg-restart-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly int _port = 56000 + Random.Shared.Next(0, 2000);

    public string Uri { get; private set; } = "";

    public static OwnPostgresServer Start()
    {
        var server = new OwnPostgresServer();
        server.Uri = server.Run("start").Trim();
        return server;
    }

    /// <param name="forgetConnections">Clear this process's pools, whose connections died with the server; false leaves them, as a long-running process would find them.</param>
    public void Restart(bool forgetConnections = true)
    {
        Run("restart");
        if (forgetConnections) Npgsql.NpgsqlConnection.ClearAllPools();
    }

    public void Dispose()
    {
        try { Run("stop"); }
        finally
        {
            try { Directory.Delete(_folder, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    private string Run(string verb)
    {
        var info = new ProcessStartInfo(_script, verb) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["KABAR_CI_PG_PORT"] = _port.ToString();
        info.Environment["KABAR_CI_PG_DIR"] = _folder;
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)) || process.ExitCode != 0)
            throw new InvalidOperationException($"{_script} {verb} failed: {stderr.Result}");
        return stdout;
    }
}
