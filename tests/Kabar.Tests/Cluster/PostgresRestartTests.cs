using System.Diagnostics;
using System.Text.Json.Nodes;
using Kabar.Tests.Storage;

namespace Kabar.Tests.Cluster;

/// <summary>
/// A PostgreSQL server of the test's own (started by .ci/postgres on a free port, so restarting it
/// disturbs no other test), restarted while a cluster of three silos ingests: ingestion waits for
/// it and completes, with every page stored once and the stories one process would make.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresRestartTests(ClusterCorpus corpus)
{
    public const string ScriptVariable = "KABAR_CI_POSTGRES";

    [PostgresRestartFact]
    public void Ingestion_waits_for_a_restarting_PostgreSQL_and_completes()
    {
        using var server = OwnServer.Start();
        using var cluster = new TestCluster(silos: 3, new TestStore(StoreKind.Postgres, server.Uri));
        var ingest = cluster.IngestAsync(corpus.Pages);
        ClusterIngestTests.WaitFor(() => cluster.Store.Scalar("SELECT COUNT(*) FROM pages") > 0 || ingest.IsCompleted, TimeSpan.FromMinutes(3));
        Assert.False(ingest.IsCompleted, "the batch finished before the server could be restarted; the test needs a larger corpus");
        server.Restart();
        var result = ingest.Result;
        Assert.True(result.ExitCode == 0, result.Stderr);

        var stored = ClusterCorpus.Snapshot(cluster.Store.Location);
        Assert.Equal(ClusterCorpus.Articles, stored.Counts.Pages);
        var report = JsonNode.Parse(result.Stdout)!;
        Assert.Equal(ClusterCorpus.Articles, (int)report["new_articles"]! + (int)report["duplicates"]! + ((JsonArray)report["failures"]!).Count);
        var expected = ClusterCorpus.OneProcess([corpus.Pages]);
        Assert.Equal(expected.Counts, stored.Counts);
        Assert.Equal(expected.EventOf, stored.EventOf);
        Assert.Equal(expected.Briefs, stored.Briefs);
        foreach (var silo in cluster.Silos) Assert.False(silo.HasExited, $"{silo.Name} died with the server:\n{silo.Log}");
    }

    /// <summary>A server on a free port in a temporary folder, through the same script CI uses.</summary>
    private sealed class OwnServer : IDisposable
    {
        private readonly string _script = Environment.GetEnvironmentVariable(ScriptVariable)!;
        // Made by the script, so the server's own user (postgres, when the tests run as root) owns it.
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "kabar-pg-restart-" + Guid.NewGuid().ToString("N")[..12]);
        private readonly int _port = 56000 + Random.Shared.Next(0, 2000);

        public string Uri { get; private set; } = "";

        public static OwnServer Start()
        {
            var server = new OwnServer();
            server.Uri = server.Run("start").Trim();
            return server;
        }

        public void Restart()
        {
            Run("restart");
            // This process's pooled connections died with the server.
            Npgsql.NpgsqlConnection.ClearAllPools();
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
}

/// <summary>Needs .ci/postgres to start a server of the test's own: skipped, with the reason, without it (CI sets it).</summary>
public sealed class PostgresRestartFactAttribute : FactAttribute
{
    public PostgresRestartFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason) Skip = reason;
        else if (Environment.GetEnvironmentVariable(PostgresRestartTests.ScriptVariable) is not { Length: > 0 })
            Skip = $"restarting PostgreSQL needs a server of the test's own: set {PostgresRestartTests.ScriptVariable}=PATH/.ci/postgres (.ci/run does)";
    }
}
